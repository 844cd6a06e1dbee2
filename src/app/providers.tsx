import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, startTransition, useEffect, useState } from 'react'

import { ClockContext } from '@/app/clock'
import { createQueryClient } from '@/app/query-client'

interface AppProvidersProps {
  children: ReactNode
  /** Tests pass a fresh client; the app creates one once. */
  queryClient?: QueryClient
  /** Tests pass a fixed clock; the app reads the real one. */
  now?: () => number
  /**
   * When hydrating prerendered HTML: the time it was rendered at. The first
   * render uses it (so it matches the HTML), then the real clock takes over.
   */
  hydrateAt?: number
}

const realClock = () => Date.now()

export function AppProviders({
  children,
  queryClient,
  now,
  hydrateAt,
}: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  const [clock, setClock] = useState<() => number>(
    () => now ?? (hydrateAt === undefined ? realClock : () => hydrateAt),
  )
  useEffect(() => {
    // Off the critical path: a new day recomputes figures, in slices.
    if (!now && hydrateAt !== undefined)
      startTransition(() => setClock(() => realClock))
  }, [now, hydrateAt])
  return (
    <QueryClientProvider client={client}>
      <ClockContext value={clock}>{children}</ClockContext>
    </QueryClientProvider>
  )
}
