/**
 * Scheduled dates after the as-of date: until a source reports what happened,
 * a date that has passed is "outcome unknown", never continued or ended.
 */
import { addUtcMonths, DAY_MS } from '@/domain/dates'
import { formatLongDate } from '@/domain/format'
import type { TradeEvent } from '@/domain/types'
import type { DatePrecision } from '@/domain/vocabulary'

/** `'outcome unknown (no data after 29 Jun 2026)'` */
export function outcomeUnknown(asOfMs: number): string {
  return `outcome unknown (no data after ${formatLongDate(asOfMs)})`
}

/** Last moment of the day, month or year that starts at `ms`. */
export function endOfPeriod(ms: number, precision: DatePrecision): number {
  const next =
    precision === 'day'
      ? ms + DAY_MS
      : addUtcMonths(ms, precision === 'month' ? 1 : 12)
  return next - 1
}

/**
 * How a scheduled event reads today: `'scheduled'` while it is ahead, and
 * `'scheduled; outcome unknown (no data after …)'` once it has passed with
 * no source after the as-of date; `undefined` for an observed event.
 */
export function scheduledEventStatus(
  event: Pick<
    TradeEvent,
    'scheduled' | 'dateMs' | 'endDateMs' | 'datePrecision'
  >,
  nowMs: number,
  asOfMs: number,
): string | undefined {
  if (!event.scheduled) return undefined
  const end = endOfPeriod(event.endDateMs ?? event.dateMs, event.datePrecision)
  return end < nowMs && end > asOfMs
    ? `scheduled; ${outcomeUnknown(asOfMs)}`
    : 'scheduled'
}
