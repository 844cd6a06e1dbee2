/**
 * Facts about a whole series, computed once per series object: a dataset is
 * never mutated, and a series can have 100k points, so figures recomputed on
 * every filter change must not scan them again.
 */
import { memoize } from '@/domain/lazy'
import type { Series } from '@/domain/types'

export function perSeries<T>(compute: (series: Series) => T): (s: Series) => T {
  return memoize(compute)
}
