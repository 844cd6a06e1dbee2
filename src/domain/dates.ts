/** Dates in the domain are UTC epoch milliseconds; these helpers convert and count. */

export const DAY_MS = 86_400_000

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * `'2025-10-30'` → epoch ms at 00:00 UTC, or `undefined` for anything that is not
 * a real calendar date (e.g. `'2025-02-30'`).
 */
export function parseIsoDate(value: string): number | undefined {
  const match = ISO_DATE.exec(value)
  if (!match) return undefined
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const ms = Date.UTC(y, m - 1, d)
  const back = new Date(ms)
  return back.getUTCFullYear() === y &&
    back.getUTCMonth() === m - 1 &&
    back.getUTCDate() === d
    ? ms
    : undefined
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

/** First day of the month after the one containing `ms`, UTC. */
export function addUtcMonths(ms: number, months: number): number {
  const d = new Date(ms)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate())
}
