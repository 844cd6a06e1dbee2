/** The sources behind a figure's series, in first-use order. */
import { perSeries } from '@/domain/series-memo'
import type { Series } from '@/domain/types'

/** Source ids cited by any point of one series, in first-use order. */
const seriesSourceIds = perSeries((s): readonly string[] => {
  const ids = new Set<string>()
  for (const p of s.points) for (const id of p.sourceIds) ids.add(id)
  return [...ids]
})

/** Source ids cited by any point of the series, in first-use order (each series scanned once). */
export function pointSourceIds(series: readonly Series[]): string[] {
  const ids = new Set<string>()
  for (const s of series) for (const id of seriesSourceIds(s)) ids.add(id)
  return [...ids]
}
