/**
 * Facts about a whole series, computed once per series object: a dataset is
 * never mutated, and a series can have 100k points, so figures recomputed on
 * every filter change must not scan them again.
 */
import type { Series } from '@/domain/types'

export function perSeries<T>(compute: (series: Series) => T): (s: Series) => T {
  const cache = new WeakMap<Series, T>()
  return (series) => {
    if (cache.has(series)) return cache.get(series) as T
    const value = compute(series)
    cache.set(series, value)
    return value
  }
}
