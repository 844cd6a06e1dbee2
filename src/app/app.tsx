import type { QueryClient } from '@tanstack/react-query'

import { AppProviders } from '@/app/providers'
import { DashboardPage } from '@/app/dashboard-page'
import { RenderErrorBoundary } from '@/ui/status/render-error-boundary'

interface AppProps {
  queryClient?: QueryClient
  now?: () => number
}

export function App({ queryClient, now }: AppProps) {
  return (
    <AppProviders {...(queryClient && { queryClient })} {...(now && { now })}>
      <RenderErrorBoundary label="The dashboard">
        <DashboardPage />
      </RenderErrorBoundary>
    </AppProviders>
  )
}
