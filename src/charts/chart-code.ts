/**
 * The Recharts-drawn chart components, loaded on demand: their code (Recharts
 * and its dependencies, about half of the app's JavaScript) is neither
 * evaluated before the page is hydrated nor in the same task.
 *
 * Each loader returns the same promise every time, marked with its outcome
 * the way React's `use()` reads it: once the code has arrived, a render that
 * asks for it gets it at once, without suspending. Printing relies on that
 * (charts are drawn synchronously in `beforeprint`), so the code is also
 * fetched as the app starts (`preloadChartCode`).
 */
import type { ComponentType } from 'react'

import type { PauseTimelineChartProps } from '@/charts/pause-timeline-chart'
import type { PeriodBarsChartProps } from '@/charts/period-bars-chart'
import type { TimeChartProps } from '@/charts/time-chart'
import { whenIdle } from '@/lib/when-idle'

type Tracked<T> = Promise<T> & {
  status?: 'pending' | 'fulfilled' | 'rejected'
  value?: T
  reason?: unknown
}

function track<T>(promise: Promise<T>): Tracked<T> {
  const tracked: Tracked<T> = promise
  tracked.status = 'pending'
  tracked.then(
    (value) => {
      tracked.status = 'fulfilled'
      tracked.value = value
    },
    (reason: unknown) => {
      tracked.status = 'rejected'
      tracked.reason = reason
    },
  )
  return tracked
}

/** One import, started on first call; a failed one is tried again on the next call. */
export function codeLoader<T>(load: () => Promise<T>): () => Tracked<T> {
  let current: Tracked<T> | null = null
  return () => {
    if (current === null || current.status === 'rejected')
      current = track(load())
    return current
  }
}

export const loadTimeChart = codeLoader(
  (): Promise<ComponentType<TimeChartProps>> =>
    import('@/charts/time-chart').then((m) => m.TimeChart),
)

export const loadPeriodBarsChart = codeLoader(
  (): Promise<ComponentType<PeriodBarsChartProps>> =>
    import('@/charts/period-bars-chart').then((m) => m.PeriodBarsChart),
)

/** The swimlane chart: drawn without Recharts, but below the first screen, so not part of the first view either. */
export const loadPauseTimeline = codeLoader(
  (): Promise<ComponentType<PauseTimelineChartProps>> =>
    import('@/charts/pause-timeline-chart').then((m) => m.PauseTimelineChart),
)

/** Fetches every chart component's code; resolves once all have arrived. */
export function loadChartCode(): Promise<unknown> {
  return Promise.all([
    loadTimeChart(),
    loadPeriodBarsChart(),
    loadPauseTimeline(),
  ])
}

let preloadStarted = false

/** The bar and swimlane charts sit below the fold: their code is fetched this long after the time chart's. */
export const BARS_PRELOAD_DELAY_MS = 5000

/**
 * Once per page, as the app starts: fetch the time chart's code at once (the
 * first chart needs it, and an export clicked at once waits for it), and the
 * bar and swimlane charts' once the browser is idle a few seconds after it
 * arrives, so printing finds them all. The time chart's code was fetched on idle at first; a
 * hydrating page is rarely idle, so an export clicked at once waited for it
 * (bench: PNG 385 → 921 ms against the code in the main chunk).
 */
export function preloadChartCode() {
  if (preloadStarted) return
  preloadStarted = true
  loadTimeChart().then(
    () =>
      setTimeout(
        () =>
          whenIdle(
            () => void loadChartCode().catch(() => undefined),
            5000,
            1000,
          ),
        BARS_PRELOAD_DELAY_MS,
      ),
    () => undefined,
  )
}
