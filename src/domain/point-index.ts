/** Binary searches over a series' points, which are in date order (the file is checked for it). */
import type { SeriesPoint } from '@/domain/types'

/** How many points are dated before `ms` (points are in date order, as validated). */
export function countBefore(
  points: readonly SeriesPoint[],
  ms: number,
): number {
  let lo = 0
  let hi = points.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (points[mid]!.dateMs < ms) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How many points are dated at or before `ms` (points are in date order). */
export function countAtOrBefore(
  points: readonly SeriesPoint[],
  ms: number,
): number {
  let lo = 0
  let hi = points.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (points[mid]!.dateMs <= ms) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the last point dated ≤ ms, or -1 (binary search: series can be long). */
export function lastIndexAtOrBefore(
  points: readonly SeriesPoint[],
  ms: number,
): number {
  return countAtOrBefore(points, ms) - 1
}
