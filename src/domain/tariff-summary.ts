/** The plain-language summary of a tariff figure. */
import { formatLongDate, formatValue } from '@/domain/format'
import { outcomeUnknown } from '@/domain/outcome'
import {
  layersInForce,
  peakOf,
  scheduledChanges,
  snapBacksAt,
  TARIFF_SUBJECT,
  valueAt,
} from '@/domain/tariff-series'
import type { Dataset, Series } from '@/domain/types'
import type { Direction } from '@/domain/vocabulary'

/**
 * The figure's plain-language summary: layers in force, the headline's peak,
 * what is scheduled or would snap back. A scheduled date passed by `nowMs`
 * reads "outcome unknown", never as having happened.
 */
export function summariseTariffs(
  dataset: Dataset,
  direction: Direction,
  layers: readonly Series[],
  headline: Series | undefined,
  nowMs: number,
): string {
  const asOf = dataset.meta.asOfMs
  const unknown = outcomeUnknown(asOf)
  const who = TARIFF_SUBJECT[direction]
  const parts: string[] = []
  const inForce = layersInForce(layers, asOf)
  parts.push(
    inForce.length > 0
      ? `As of ${formatLongDate(asOf)}, ${who} in force by layer: ${inForce.map(({ series: s, value }) => `${s.label} ${formatValue(value, s.unit)}`).join('; ')}.`
      : `As of ${formatLongDate(asOf)}, no layer of ${who} in this dataset was above 0%.`,
  )
  if (headline) {
    const peak = peakOf(headline)
    const now = valueAt(headline, asOf)
    parts.push(
      `${headline.label} peaked at ${formatValue(peak.value, headline.unit)} on ${formatLongDate(peak.dateMs)}${now !== undefined ? ` and stood at ${formatValue(now, headline.unit)} on ${formatLongDate(asOf)}` : ''}.`,
    )
  }
  const scheduled = scheduledChanges(layers, asOf)
  const snapBacks = snapBacksAt(layers, asOf)
  if (scheduled.length > 0)
    parts.push(
      `Scheduled, not observed: ${scheduled.map(({ series: s, point: p }) => (p.dateMs < nowMs ? `${s.label} was due to ${p.value === 0 ? 'end' : `be ${formatValue(p.value, s.unit)}`} on ${formatLongDate(p.dateMs)} — ${unknown}` : p.value === 0 ? `${s.label} to end on ${formatLongDate(p.dateMs)}` : `${s.label} ${formatValue(p.value, s.unit)} from ${formatLongDate(p.dateMs)}`)).join('; ')}.`,
    )
  if (snapBacks.length > 0)
    parts.push(
      `Suspended portions that would snap back: ${snapBacks.map(({ series: s, point: p }) => `${s.label} +${p.suspendedValue} points until ${formatLongDate(p.suspendedUntilMs!)}${p.suspendedUntilMs! < nowMs ? ` (${unknown})` : ''}`).join('; ')}.`,
    )
  parts.push(
    `Nothing after ${formatLongDate(asOf)} has been observed in this dataset.`,
  )
  return parts.join(' ')
}
