/** The rows a figure shows as a table: also exactly the rows of its CSV download. */
import type { DateRange } from '@/domain/date-range'
import { formatIsoAt } from '@/domain/date-precision'
import { formatIsoDate } from '@/domain/dates'
import { lazy } from '@/domain/lazy'
import { lastIndexAtOrBefore } from '@/domain/point-index'
import { type PointInfo } from '@/domain/time-chart'
import { resolveSources, statusLabel } from '@/domain/point-info'
import type { Dataset, Series } from '@/domain/types'

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
export const VALUE_COLUMNS: readonly TableColumn[] = [
  { key: 'date', label: 'Date' },
  { key: 'series', label: 'Series' },
  { key: 'value', label: 'Value', numeric: true },
  { key: 'unit', label: 'Unit' },
  { key: 'status', label: 'Status' },
  { key: 'note', label: 'Note' },
]

/**
 * Every point of `series` inside the range as table rows, in date order, each
 * with its sources; a step series also gets the point in effect at the range
 * start. The same rows feed the table view and the CSV download.
 */
export function valueTableRows(
  dataset: Pick<Dataset, 'sources'>,
  series: readonly Series[],
  range: DateRange,
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
          series: s.label,
          value: p.value,
          unit: s.unit,
          status: statusLabel(p.status),
          note: [
            carried ? 'in effect at the start of the range' : '',
            p.low !== undefined || p.high !== undefined
              ? `reported range ${p.low ?? p.value}–${p.high ?? p.value}`
              : '',
            p.suspendedValue !== undefined
              ? `${p.suspendedValue} pts suspended${p.suspendedUntilMs !== undefined ? ` until ${formatIsoDate(p.suspendedUntilMs)}` : ''}`
              : '',
            p.approx ? 'approximate' : '',
            p.note ?? '',
            p.conflict !== undefined ? `Conflict: ${p.conflict}` : '',
          ]
            .filter((t) => t !== '')
            .join('; '),
        },
        sources: resolveSources(dataset, p.sourceIds),
      })
    })
  }
  return rows.sort((a, b) =>
    String(a.cells.date).localeCompare(String(b.cells.date)),
  )
}
