/** The plain-language summary of a tariff figure. */
import { formatLongDate, formatValue } from '@/domain/format'
import { countAtOrBefore, lastIndexAtOrBefore } from '@/domain/point-index'
import { isClaimSeries, peakOf, valueAt } from '@/domain/tariff-series'
import type { Dataset, Series } from '@/domain/types'
import type { Direction } from '@/domain/vocabulary'

/** The figure's plain-language summary: layers in force, the headline's peak, what is scheduled or would snap back. */
export function summariseTariffs(
  dataset: Dataset,
  direction: Direction,
  layers: readonly Series[],
  headline: Series | undefined,
): string {
  const asOf = dataset.meta.asOfMs
  const who =
    direction === 'us-on-china'
      ? 'US tariffs on Chinese goods'
      : 'China’s tariffs on US goods'
  const parts: string[] = []
  const inForce = layers
    .filter((s) => !s.headline)
    .map((s) => ({ s, v: valueAt(s, asOf) }))
    .filter((x): x is { s: Series; v: number } => x.v !== undefined && x.v > 0)
  parts.push(
    inForce.length > 0
      ? `As of ${formatLongDate(asOf)}, ${who} in force by layer: ${inForce.map((x) => `${x.s.label} ${formatValue(x.v, x.s.unit)}`).join('; ')}.`
      : `As of ${formatLongDate(asOf)}, no layer of ${who} in this dataset was above 0%.`,
  )
  if (headline) {
    const peak = peakOf(headline)
    const now = valueAt(headline, asOf)
    parts.push(
      `${headline.label} peaked at ${formatValue(peak.value, headline.unit)} on ${formatLongDate(peak.dateMs)}${now !== undefined ? ` and stood at ${formatValue(now, headline.unit)} on ${formatLongDate(asOf)}` : ''}.`,
    )
  }
  const scheduled = layers
    .filter((s) => !isClaimSeries(s))
    .flatMap((s) =>
      s.points.slice(countAtOrBefore(s.points, asOf)).map((p) => ({ s, p })),
    )
  const snapBacks = layers.flatMap((s) => {
    const i = lastIndexAtOrBefore(s.points, asOf)
    const p = s.points[i]
    return p?.suspendedValue &&
      p.suspendedUntilMs !== undefined &&
      p.suspendedUntilMs > asOf
      ? [{ s, p }]
      : []
  })
  if (scheduled.length > 0)
    parts.push(
      `Scheduled, not observed: ${scheduled.map(({ s, p }) => (p.value === 0 ? `${s.label} to end on ${formatLongDate(p.dateMs)}` : `${s.label} ${formatValue(p.value, s.unit)} from ${formatLongDate(p.dateMs)}`)).join('; ')}.`,
    )
  if (snapBacks.length > 0)
    parts.push(
      `Suspended portions that would snap back: ${snapBacks.map(({ s, p }) => `${s.label} +${p.suspendedValue} points until ${formatLongDate(p.suspendedUntilMs!)}`).join('; ')}.`,
    )
  parts.push(
    `Nothing after ${formatLongDate(asOf)} has been observed in this dataset.`,
  )
  return parts.join(' ')
}
