/** Display formatters, named by where they are used. All dates are shown in UTC. */
import { formatIsoDate } from '@/domain/dates'
import { UNIT_META, type Unit } from '@/domain/vocabulary'

const DATE_LONG = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const NUMBER_1 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })

/** `1782691200000` → `'2026-06-29'`: the as-of stamp everywhere (header, exports). */
export function formatAsOfDate(ms: number): string {
  return formatIsoDate(ms)
}

/** `→ '30 Oct 2025'`: dates in prose, tooltips and tables. */
export function formatLongDate(ms: number): string {
  return DATE_LONG.format(ms)
}

/** `(12.5, 'Mt') → '12.5 Mt'`, `(145, 'pct') → '145%'`, `(619, 't') → '619 t'`. */
export function formatValue(value: number, unit: Unit): string {
  const n = NUMBER.format(value)
  return unit === 'pct' ? `${n}%` : `${n} ${UNIT_META[unit].label}`
}

/** `(57.6) → '58%'`: share of a target. */
export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`
}

/** `(0.123456) → '0.1'`: compact axis numbers. */
export function formatAxisNumber(value: number): string {
  return NUMBER_1.format(value)
}
