/** The swimlanes' table: one row per window of each measure, its columns in the reader's language. */
import type { DateRange } from '@/domain/date-range'
import { formatIsoDate } from '@/domain/dates'
import type { TableColumn, TableRow } from '@/domain/figure-table'
import type { Lang } from '@/domain/i18n'
import { joinItems } from '@/domain/punctuation'
import { inLocale } from '@/domain/localized'
import { computeCountdown } from '@/domain/pause-text'
import { resolveSources } from '@/domain/point-info'
import type { ControlMeasure, Dataset } from '@/domain/types'
import {
  SIDE_META,
  WINDOW_END_STATUS_META,
  WINDOW_STATE_META,
} from '@/domain/vocabulary'

/** A window's id: its measure's id and its place among the measure's windows (whatever is shown). */
export function windowId(measure: ControlMeasure, index: number): string {
  return `${measure.id}-${index}`
}

/** A measure's label, reference and items in the reader's language. */
export function measureText(m: ControlMeasure, lang: Lang) {
  return {
    label: inLocale(m, 'label', lang.locale),
    reference: inLocale(m, 'reference', lang.locale),
    items: joinItems(inLocale(m, 'items', lang.locale), lang),
  }
}

export function windowRows(
  dataset: Dataset,
  measures: readonly ControlMeasure[],
  range: DateRange,
  nowMs: number,
  lang: Lang,
): TableRow[] {
  return measures.flatMap((m) =>
    m.windows
      .map((w, i) => ({ w, id: windowId(m, i) }))
      .filter(
        ({ w }) =>
          w.startMs <= range.toMs && (w.endMs ?? Infinity) >= range.fromMs,
      )
      .map(({ w, id }) => ({
        id,
        cells: {
          measure: measureText(m, lang).label,
          side: lang.t(SIDE_META[m.side].labelKey),
          reference: measureText(m, lang).reference,
          items: measureText(m, lang).items,
          state: lang.t(WINDOW_STATE_META[w.state].labelKey),
          start: formatIsoDate(w.startMs),
          end: w.endMs === null ? '' : formatIsoDate(w.endMs),
          end_status: lang.t(WINDOW_END_STATUS_META[w.endStatus].labelKey),
          countdown:
            computeCountdown(w, nowMs, dataset.meta.asOfMs, lang) ?? '',
          note:
            inLocale(w, 'note', lang.locale) ??
            inLocale(m, 'note', lang.locale) ??
            '',
        },
        sources: resolveSources(dataset, w.sourceIds, lang),
      })),
  )
}

/** The columns of the swimlanes' table (and CSV), in the reader's language. */
export function pauseTableColumns(lang: Lang): readonly TableColumn[] {
  return [
    { key: 'measure', label: lang.t('figures.column.measure') },
    { key: 'side', label: lang.t('figures.column.side') },
    { key: 'reference', label: lang.t('figures.column.reference') },
    { key: 'items', label: lang.t('figures.column.items') },
    { key: 'state', label: lang.t('figures.column.state') },
    { key: 'start', label: lang.t('figures.column.start') },
    { key: 'end', label: lang.t('figures.column.end') },
    { key: 'end_status', label: lang.t('figures.column.endStatus') },
    { key: 'countdown', label: lang.t('figures.column.countdown') },
    { key: 'note', label: lang.t('figures.column.note') },
  ]
}
