/**
 * The one binary search: over a series' points (in date order, the file is
 * checked for it) and a chart line's points (in x order).
 */
import type { SeriesPoint } from '@/domain/types'

/** How many leading items pass `test` (it holds for a prefix, then never). */
export function countWhile<T>(
  items: readonly T[],
  test: (item: T) => boolean,
): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (test(items[mid]!)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How many points are dated before `ms`. */
export function countBefore(
  points: readonly SeriesPoint[],
  ms: number,
): number {
  return countWhile(points, (p) => p.dateMs < ms)
}

/** How many points are dated at or before `ms`. */
export function countAtOrBefore(
  points: readonly SeriesPoint[],
  ms: number,
): number {
  return countWhile(points, (p) => p.dateMs <= ms)
}

/** Index of the last point dated ≤ ms, or -1 (binary search: series can be long). */
export function lastIndexAtOrBefore(
  points: readonly SeriesPoint[],
  ms: number,
): number {
  return countAtOrBefore(points, ms) - 1
}
