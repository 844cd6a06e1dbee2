import type { ReactNode } from 'react'

import { useLang } from '@/i18n/lang-context'
import { RenderErrorBoundary } from '@/ui/status/render-error-boundary'

/** The outermost error boundary: inside the providers, so its message is in the reader's language. */
export function DashboardBoundary({ children }: { children: ReactNode }) {
  const { t } = useLang()
  return (
    <RenderErrorBoundary label={t('page.part.dashboard')}>
      {children}
    </RenderErrorBoundary>
  )
}
