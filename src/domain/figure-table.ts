/** The rows a figure shows as a table: also exactly the rows of its CSV download. */
import type { PointInfo } from '@/domain/time-chart'

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

/** The columns of a table of dated values (tariffs, soybeans, magnets). */
export const VALUE_COLUMNS: readonly TableColumn[] = [
  { key: 'date', label: 'Date' },
  { key: 'series', label: 'Series' },
  { key: 'value', label: 'Value', numeric: true },
  { key: 'unit', label: 'Unit' },
  { key: 'status', label: 'Status' },
  { key: 'note', label: 'Note' },
]
