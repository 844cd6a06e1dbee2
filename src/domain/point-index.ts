/** Binary searches over a series' points, which are in date order (the file is checked for it). */
import type { SeriesPoint } from '@/domain/types'

/** How many leading points have a date for which `test` holds (it holds for a prefix, then never). */
function countWhile(
  points: readonly SeriesPoint[],
  test: (dateMs: number) => boolean,
): number {
  let lo = 0
  let hi = points.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (test(points[mid]!.dateMs)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How many points are dated before `ms`. */
export function countBefore(
  points: readonly SeriesPoint[],
  ms: number,
): number {
  return countWhile(points, (d) => d < ms)
}

/** How many points are dated at or before `ms`. */
export function countAtOrBefore(
  points: readonly SeriesPoint[],
  ms: number,
): number {
  return countWhile(points, (d) => d <= ms)
}

/** Index of the last point dated ≤ ms, or -1 (binary search: series can be long). */
export function lastIndexAtOrBefore(
  points: readonly SeriesPoint[],
  ms: number,
): number {
  return countAtOrBefore(points, ms) - 1
}
