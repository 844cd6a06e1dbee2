import type { QueryClient } from '@tanstack/react-query'

import { AppProviders } from '@/app/providers'
import { DashboardPage } from '@/app/dashboard-page'
import { RenderErrorBoundary } from '@/ui/status/render-error-boundary'

interface AppProps {
  queryClient?: QueryClient
  now?: () => number
  /** Set when hydrating prerendered HTML (see src/main.tsx). */
  hydrateAt?: number
}

export function App({ queryClient, now, hydrateAt }: AppProps) {
  return (
    <AppProviders
      {...(queryClient && { queryClient })}
      {...(now && { now })}
      {...(hydrateAt !== undefined && { hydrateAt })}
    >
      <RenderErrorBoundary label="The dashboard">
        <DashboardPage />
      </RenderErrorBoundary>
    </AppProviders>
  )
}
