/** Facts about tariff series: claims and threats, the peak, the rate applied at a date. */
import { lastIndexAtOrBefore } from '@/domain/point-index'
import { perSeries } from '@/domain/series-memo'
import type { Series } from '@/domain/types'
import { POINT_STATUS_META } from '@/domain/vocabulary'

/** A series of rates that were only announced, claimed or threatened: never applied. */
export const isClaimSeries = perSeries((series: Series): boolean =>
  series.points.every((p) => POINT_STATUS_META[p.status].promised),
)

/** A series whose every point is a threat: drawn as markers, never a line. */
export const isThreatSeries = perSeries(
  (series: Series): boolean =>
    series.points.length > 0 &&
    series.points.every((p) => p.status === 'threatened'),
)

/** The point with the highest value (the first of equals). */
export const peakOf = perSeries((series: Series) =>
  series.points.reduce((a, b) => (b.value > a.value ? b : a)),
)

/** Value applied at `ms` (last point dated ≤ ms, if it is an applied rate). */
export function valueAt(series: Series, ms: number): number | undefined {
  const i = lastIndexAtOrBefore(series.points, ms)
  const p = series.points[i]
  return p !== undefined && POINT_STATUS_META[p.status].applied
    ? p.value
    : undefined
}
