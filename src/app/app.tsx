import type { QueryClient } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'

import { AppProviders } from '@/app/providers'
import { DashboardBoundary } from '@/app/dashboard-boundary'
import { DashboardPage } from '@/app/dashboard-page'
import { embedFigureId } from '@/domain/embed'
import type { Locale } from '@/domain/locale'

/** `/embed/<figure-id>`: one figure for other sites' frames (its own chunk). */
const EmbedPage = lazy(() =>
  import('@/app/embed-page').then((m) => ({ default: m.EmbedPage })),
)

interface AppProps {
  queryClient?: QueryClient
  now?: () => number
  /** Set when hydrating prerendered HTML (see src/main.tsx). */
  hydrateAt?: number
  /** The language the page was (pre)rendered in (see src/main.tsx). */
  locale?: Locale
}

export function App({ queryClient, now, hydrateAt, locale }: AppProps) {
  // Prerendering has no window: it is always the dashboard.
  const embed =
    typeof window === 'undefined'
      ? undefined
      : embedFigureId(window.location.pathname)
  return (
    <AppProviders
      {...(queryClient && { queryClient })}
      {...(now && { now })}
      {...(hydrateAt !== undefined && { hydrateAt })}
      {...(locale && { locale })}
    >
      <DashboardBoundary>
        {embed ? (
          <Suspense>
            <EmbedPage figureId={embed} />
          </Suspense>
        ) : (
          <DashboardPage />
        )}
      </DashboardBoundary>
    </AppProviders>
  )
}
