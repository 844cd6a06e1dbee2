/** What a tooltip or table shows about one value: label, value, status, date and sources. */
import { formatDateAt } from '@/domain/date-precision'
import {
  isWeaklySourced,
  sourceByline,
  sourceKindLabel,
  sourceTitle,
} from '@/domain/source-kind'
import type { PointInfo, SourceRef } from '@/domain/time-chart'
import type { Lang } from '@/domain/i18n'
import { inLocale } from '@/domain/localized'
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
  lang: Lang,
): SourceRef[] {
  return ids
    .map((id) => dataset.sources[id])
    .filter((s): s is Source => s !== undefined)
    .map((s) => ({
      publisher: sourceByline(s, lang),
      url: s.url,
      title: sourceTitle(s, lang),
      kind: s.kind,
      kindLabel: sourceKindLabel(s.kind, lang),
    }))
}

export function toPointInfo(
  dataset: Pick<Dataset, 'sources'>,
  label: string,
  unit: Unit,
  point: SeriesPoint,
  lang: Lang,
): PointInfo {
  const hasRange = point.low !== undefined || point.high !== undefined
  const sources = resolveSources(dataset, point.sourceIds, lang)
  const note = inLocale(point, 'note', lang.locale)
  const conflict = inLocale(point, 'conflict', lang.locale)
  return {
    label,
    value: point.value,
    unit,
    date: formatDateAt(point.dateMs, point.datePrecision, lang),
    status: statusLabel(point.status, lang),
    approx: point.approx,
    ...(hasRange && {
      range: `${point.low ?? point.value}–${point.high ?? point.value}`,
    }),
    ...(note !== undefined && { note }),
    ...(conflict !== undefined && { conflict }),
    sources,
    weaklySourced: isWeaklySourced(sources),
  }
}

export function statusLabel(status: PointStatus, lang: Lang): string {
  return lang.t(POINT_STATUS_META[status].labelKey)
}
