import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import {
  type ReactNode,
  startTransition,
  useEffect,
  useMemo,
  useReducer,
  useState,
} from 'react'

import { ClockContext } from '@/app/clock'
import { createQueryClient } from '@/app/query-client'
import { useLocaleLang } from '@/app/use-locale'
import { startOfUtcDay } from '@/domain/dates'
import type { Locale } from '@/domain/locale'
import { LangContext } from '@/i18n/lang-context'

interface AppProvidersProps {
  children: ReactNode
  /** Tests pass a fresh client; the app creates one once. */
  queryClient?: QueryClient
  /** Tests pass a fixed clock; the app reads the real one. */
  now?: () => number
  /**
   * When hydrating prerendered HTML: the time it was rendered at. Hydration
   * reads it (so it matches the HTML); then the real clock takes over.
   */
  hydrateAt?: number
  /** The language the page was (pre)rendered in; the URL decides afterwards. Default English. */
  locale?: Locale
}

/**
 * The app's clock. While hydrating it answers the prerender time; then it is
 * the real clock. It never changes identity, so switching re-renders nothing
 * unless the day differs (which moves the today line and countdowns).
 */
function createClock(hydrateAt: number | undefined) {
  let live = hydrateAt === undefined
  return {
    read: () => (live ? Date.now() : hydrateAt!),
    /** Switches to the real clock; true when that changes the day. */
    goLive: () => {
      if (live) return false
      live = true
      return startOfUtcDay(Date.now()) !== startOfUtcDay(hydrateAt!)
    },
  }
}

export function AppProviders({
  children,
  queryClient,
  now,
  hydrateAt,
  locale = 'en',
}: AppProvidersProps) {
  const lang = useLocaleLang(locale)
  const [client] = useState(() => queryClient ?? createQueryClient())
  const [clock] = useState(() => createClock(hydrateAt))
  // A new function when the day changed, so clock readers re-render.
  const [day, nextDay] = useReducer((n: number) => n + 1, 0)
  const read = useMemo(() => () => clock.read(), [clock, day]) // eslint-disable-line react-hooks/exhaustive-deps -- a new identity per day is the point
  useEffect(() => {
    // A transition: a new day recomputes figures in slices, after hydration.
    if (clock.goLive()) startTransition(nextDay)
  }, [clock])
  return (
    <QueryClientProvider client={client}>
      <ClockContext value={now ?? read}>
        <LangContext value={lang}>{children}</LangContext>
      </ClockContext>
    </QueryClientProvider>
  )
}
