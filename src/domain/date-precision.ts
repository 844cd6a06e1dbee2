/**
 * Dates known only to the month (or year) are written as their first day in
 * the file; these show them as what they are, never as a fake day.
 */
import { formatIsoDate } from '@/domain/dates'
import { formatAxisMonth } from '@/domain/format'
import type { DatePrecision } from '@/domain/vocabulary'

/** For readers (charts, tooltips, event lists): `'2025-11-10'`, `'Nov 2025'`, `'2025'`. */
export function formatDateAt(ms: number, precision: DatePrecision): string {
  if (precision === 'day') return formatIsoDate(ms)
  if (precision === 'month') return formatAxisMonth(ms)
  return formatIsoDate(ms).slice(0, 4)
}

/** Sortable and machine-readable (tables, `<time dateTime>`): `'2025-11-10'`, `'2025-11'`, `'2025'`. */
export function formatIsoAt(ms: number, precision: DatePrecision): string {
  const iso = formatIsoDate(ms)
  return precision === 'day'
    ? iso
    : precision === 'month'
      ? iso.slice(0, 7)
      : iso.slice(0, 4)
}

/**
 * A span for readers: `'Aug–Sept 2026'`, `'Dec 2026–Jan 2027'` (month), or
 * `'2025-05-10 to 2025-05-11'` (day); one date when there is no end.
 */
export function formatSpanAt(
  startMs: number,
  endMs: number | undefined,
  precision: DatePrecision,
): string {
  const start = formatDateAt(startMs, precision)
  if (endMs === undefined) return start
  const end = formatDateAt(endMs, precision)
  if (end === start) return start
  if (precision === 'month') {
    const [m1, y1] = start.split(' ')
    const [m2, y2] = end.split(' ')
    return y1 === y2 ? `${m1}–${m2} ${y2}` : `${start}–${end}`
  }
  return `${start} to ${end}`
}
