/**
 * Facts about tariff series: claims and threats, the peak, the rate applied at
 * a date, changes scheduled after the as-of date and suspended parts that
 * would snap back. Shared by the tariff figures and the "At a glance" cards.
 */
import type { MessageKey } from '@/domain/i18n'
import { countAtOrBefore, lastIndexAtOrBefore } from '@/domain/point-index'
import { perSeries } from '@/domain/series-memo'
import type { Series, SeriesPoint } from '@/domain/types'
import { type Direction, POINT_STATUS_META } from '@/domain/vocabulary'

/**
 * Who taxes whom, as prose, in English: the "At a glance" card titles
 * (src/domain/glance, converted separately) until they read TARIFF_SUBJECT_KEY.
 */
export const TARIFF_SUBJECT: Record<Direction, string> = {
  'us-on-china': 'US tariffs on Chinese goods',
  'china-on-us': 'China’s tariffs on US goods',
}

/** Who taxes whom, as prose: the message of each direction (summaries, takeaways). */
export const TARIFF_SUBJECT_KEY: Record<Direction, MessageKey> = {
  'us-on-china': 'figures.subject.usOnChina',
  'china-on-us': 'figures.subject.chinaOnUs',
}

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

/** The point in effect at `ms` (last dated ≤ ms), if it is an applied rate. */
export function appliedPointAt(
  series: Series,
  ms: number,
): SeriesPoint | undefined {
  const p = series.points[lastIndexAtOrBefore(series.points, ms)]
  return p !== undefined && POINT_STATUS_META[p.status].applied ? p : undefined
}

/** Value applied at `ms` (last point dated ≤ ms, if it is an applied rate). */
export function valueAt(series: Series, ms: number): number | undefined {
  return appliedPointAt(series, ms)?.value
}

export interface LayerPoint {
  series: Series
  point: SeriesPoint
}

/** Changes dated after the as-of date (scheduled, never observed), claims left out. */
export function scheduledChanges(
  layers: readonly Series[],
  asOfMs: number,
): LayerPoint[] {
  return layers
    .filter((s) => !isClaimSeries(s))
    .flatMap((s) =>
      s.points
        .slice(countAtOrBefore(s.points, asOfMs))
        .map((point) => ({ series: s, point })),
    )
}

/** Points in effect at the as-of date with a suspended part due to end after it. */
export function snapBacksAt(
  layers: readonly Series[],
  asOfMs: number,
): LayerPoint[] {
  return layers.flatMap((s) => {
    const p = s.points[lastIndexAtOrBefore(s.points, asOfMs)]
    return p?.suspendedValue &&
      p.suspendedUntilMs !== undefined &&
      p.suspendedUntilMs > asOfMs
      ? [{ series: s, point: p }]
      : []
  })
}

/** Layers (not headline totals) applied above 0 at `ms`, in the given order. */
export function layersInForce(
  layers: readonly Series[],
  ms: number,
): { series: Series; value: number }[] {
  return layers
    .filter((s) => !s.headline)
    .map((series) => ({ series, value: valueAt(series, ms) }))
    .filter((x): x is { series: Series; value: number } => (x.value ?? 0) > 0)
}
