import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'

import { ClockContext } from '@/app/clock'
import { createQueryClient } from '@/app/query-client'

interface AppProvidersProps {
  children: ReactNode
  /** Tests pass a fresh client; the app creates one once. */
  queryClient?: QueryClient
  /** Tests pass a fixed clock; the app reads the real one. */
  now?: () => number
}

export function AppProviders({
  children,
  queryClient,
  now,
}: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  const [clock] = useState(() => now ?? (() => Date.now()))
  return (
    <QueryClientProvider client={client}>
      <ClockContext value={clock}>{children}</ClockContext>
    </QueryClientProvider>
  )
}
