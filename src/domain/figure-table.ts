/** The rows a figure shows as a table: also exactly the rows of its CSV download. */
import type { DateRange } from '@/domain/date-range'
import { formatIsoAt } from '@/domain/date-precision'
import { formatIsoDate } from '@/domain/dates'
import type { Lang } from '@/domain/i18n'
import { lazy } from '@/domain/lazy'
import { joinClauses } from '@/domain/punctuation'
import { inLocale } from '@/domain/localized'
import { lastIndexAtOrBefore } from '@/domain/point-index'
import { type PointInfo } from '@/domain/time-chart'
import { resolveSources, statusLabel } from '@/domain/point-info'
import type { Dataset, Series, SeriesPoint } from '@/domain/types'
import { UNIT_META } from '@/domain/vocabulary'

export interface TableColumn {
  key: string
  label: string
  numeric?: boolean
}

export interface TableRow {
  /** Stable React key. */
  id: string
  cells: Readonly<Record<string, string | number>>
  sources: PointInfo['sources']
}

export interface FigureTable {
  caption: string
  columns: readonly TableColumn[]
  rows: readonly TableRow[]
}

/**
 * A table whose rows are built on first read of `rows` (table view, CSV): a
 * figure of 100k points need not be tabled to be drawn, and passing the table
 * around (e.g. as a prop) does not build it.
 */
export function lazyTable(
  caption: string,
  columns: readonly TableColumn[],
  buildRows: () => readonly TableRow[],
): FigureTable {
  const rows = lazy(buildRows)
  return {
    caption,
    columns,
    get rows() {
      return rows()
    },
  }
}

/** The columns of a table of dated values (tariffs, soybeans, magnets). */
export function valueColumns(lang: Lang): readonly TableColumn[] {
  return [
    { key: 'date', label: lang.t('figures.column.date') },
    { key: 'series', label: lang.t('figures.column.series') },
    { key: 'value', label: lang.t('figures.column.value'), numeric: true },
    { key: 'unit', label: lang.t('figures.column.unit') },
    { key: 'status', label: lang.t('figures.column.status') },
    { key: 'note', label: lang.t('figures.column.note') },
  ]
}

/** The notes of a table row, each a whole phrase in the reader's language. */
function pointNotes(p: SeriesPoint, carried: boolean, lang: Lang): string[] {
  const conflict = inLocale(p, 'conflict', lang.locale)
  return [
    carried ? lang.t('figures.table.carried') : '',
    p.low !== undefined || p.high !== undefined
      ? lang.t('figures.table.reportedRange', {
          low: p.low ?? p.value,
          high: p.high ?? p.value,
        })
      : '',
    p.suspendedValue !== undefined
      ? p.suspendedUntilMs !== undefined
        ? lang.t('figures.table.suspendedUntil', {
            points: p.suspendedValue,
            date: formatIsoDate(p.suspendedUntilMs),
          })
        : lang.t('figures.table.suspended', { points: p.suspendedValue })
      : '',
    p.approx ? lang.t('figures.table.approximate') : '',
    inLocale(p, 'note', lang.locale) ?? '',
    conflict !== undefined
      ? lang.t('figures.table.conflict', { conflict })
      : '',
  ]
}

/**
 * Every point of `series` inside the range as table rows, in date order, each
 * with its sources; a step series also gets the point in effect at the range
 * start. The same rows feed the table view and the CSV download.
 */
export function valueTableRows(
  dataset: Pick<Dataset, 'sources'>,
  series: readonly Series[],
  range: DateRange,
  lang: Lang,
): TableRow[] {
  const rows: TableRow[] = []
  for (const s of series) {
    const start =
      s.kind === 'tariff-rate'
        ? lastIndexAtOrBefore(s.points, range.fromMs)
        : -1
    s.points.forEach((p, i) => {
      const carried = i === start && p.dateMs < range.fromMs
      if (!carried && (p.dateMs < range.fromMs || p.dateMs > range.toMs)) return
      rows.push({
        id: `${s.id}-${i}`,
        cells: {
          date: formatIsoAt(p.dateMs, p.datePrecision),
          series: inLocale(s, 'label', lang.locale),
          value: p.value,
          unit: lang.t(UNIT_META[s.unit].cellKey),
          status: statusLabel(p.status, lang),
          note: joinClauses(
            pointNotes(p, carried, lang).filter((t) => t !== ''),
            lang,
          ),
        },
        sources: resolveSources(dataset, p.sourceIds, lang),
      })
    })
  }
  return rows.sort((a, b) =>
    String(a.cells.date).localeCompare(String(b.cells.date)),
  )
}
