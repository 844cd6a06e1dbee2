/** What a tooltip or table shows about one value: label, value, status, date and sources. */
import { formatDateAt } from '@/domain/date-precision'
import { FIGURE_LANG } from '@/domain/figure-lang-seam'
import {
  isWeaklySourced,
  sourceByline,
  sourceKindLabel,
  sourceTitle,
} from '@/domain/source-kind'
import type { PointInfo, SourceRef } from '@/domain/time-chart'
import type { Dataset, SeriesPoint, Source } from '@/domain/types'
import {
  POINT_STATUS_META,
  type PointStatus,
  type Unit,
} from '@/domain/vocabulary'

/** Resolves source ids to what a tooltip or table shows. */
export function resolveSources(
  dataset: Pick<Dataset, 'sources'>,
  ids: readonly string[],
): SourceRef[] {
  return ids
    .map((id) => dataset.sources[id])
    .filter((s): s is Source => s !== undefined)
    .map((s) => ({
      publisher: sourceByline(s),
      url: s.url,
      title: sourceTitle(s),
      kind: s.kind,
      kindLabel: sourceKindLabel(s.kind),
    }))
}

export function toPointInfo(
  dataset: Pick<Dataset, 'sources'>,
  label: string,
  unit: Unit,
  point: SeriesPoint,
): PointInfo {
  const hasRange = point.low !== undefined || point.high !== undefined
  const sources = resolveSources(dataset, point.sourceIds)
  return {
    label,
    value: point.value,
    unit,
    date: formatDateAt(point.dateMs, point.datePrecision, FIGURE_LANG),
    status: statusLabel(point.status),
    approx: point.approx,
    ...(hasRange && {
      range: `${point.low ?? point.value}–${point.high ?? point.value}`,
    }),
    ...(point.note !== undefined && { note: point.note }),
    ...(point.conflict !== undefined && { conflict: point.conflict }),
    sources,
    weaklySourced: isWeaklySourced(sources),
  }
}

export function statusLabel(status: PointStatus): string {
  return POINT_STATUS_META[status].label
}
