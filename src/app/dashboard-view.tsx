import { useMemo } from 'react'

import type { Dataset } from '@/domain/types'
import { SourcesList } from '@/ui/sources-list'

interface DashboardViewProps {
  dataset: Dataset
}

/** Lays out the dashboard for a validated dataset. */
export function DashboardView({ dataset }: DashboardViewProps) {
  const sources = useMemo(() => Object.values(dataset.sources), [dataset])
  return (
    <>
      <p className="lede">{dataset.meta.description}</p>
      <SourcesList sources={sources} />
    </>
  )
}
