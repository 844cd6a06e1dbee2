/** Dates in the domain are UTC epoch milliseconds; these helpers convert and count. */

export const DAY_MS = 86_400_000

/** Code of '0'; digits are the 10 codes from here. */
const ZERO = 48
const DASH = 45

/** The number written by the ASCII digits of `value` in [from, to), or -1. */
function digitsAt(value: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - ZERO
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

function daysInMonth(year: number, month: number): number {
  if (month === 2)
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * `'2025-10-30'` → epoch ms at 00:00 UTC, or `undefined` for anything that is not
 * a real calendar date (e.g. `'2025-02-30'`). Years before 100 are refused
 * (`Date.UTC` would read them as 19xx). Reads characters, not a regex: it runs
 * once per point of datasets of 100k points.
 */
export function parseIsoDate(value: string): number | undefined {
  if (
    value.length !== 10 ||
    value.charCodeAt(4) !== DASH ||
    value.charCodeAt(7) !== DASH
  )
    return undefined
  const y = digitsAt(value, 0, 4)
  const m = digitsAt(value, 5, 7)
  const d = digitsAt(value, 8, 10)
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
    return undefined
  return Date.UTC(y, m - 1, d)
}

/** Epoch ms → `'2025-10-30'` (UTC). */
export function formatIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** Midnight UTC of the day containing `ms`. */
export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS
}

/** Whole days from `fromMs` to `toMs` (negative when `toMs` is earlier), by UTC calendar day. */
export function daysBetween(fromMs: number, toMs: number): number {
  return Math.round((startOfUtcDay(toMs) - startOfUtcDay(fromMs)) / DAY_MS)
}

/** The same day of the month `months` later, UTC (used for the end of a month- or year-precise date). */
export function addUtcMonths(ms: number, months: number): number {
  const d = new Date(ms)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate())
}
