/**
 * CSV text from rows: RFC 4180 quoting, and spreadsheet formula injection
 * neutralised (text cells starting with = + - @ tab or CR get a leading ').
 * Numbers stay numbers.
 */
import { formatIsoDate } from '@/domain/dates'
import type { FigureTable } from '@/domain/figure-table'
import type { Lang, MessageKey } from '@/domain/i18n'
import { sourceByline } from '@/domain/source-kind'
import type { Dataset } from '@/domain/types'

export type CsvCell = string | number | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/

/** One cell → its CSV form. */
export function toCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replaceAll('"', '""')}"`
    : text
}

/** Header + rows → CSV text with CRLF line ends (RFC 4180). */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): string {
  return (
    [header, ...rows].map((row) => row.map(toCsvCell).join(',')).join('\r\n') +
    '\r\n'
  )
}

/**
 * The header of each column a figure's CSV can have, in the reader's language:
 * English keeps the snake_case names it always had (`date`, `end_status`),
 * Chinese reads 日期, 结束状态. The column order never changes.
 */
const CSV_HEADERS: Readonly<Record<string, MessageKey>> = {
  date: 'figures.csv.date',
  series: 'figures.csv.series',
  value: 'figures.csv.value',
  unit: 'figures.csv.unit',
  status: 'figures.csv.status',
  note: 'figures.csv.note',
  measure: 'figures.csv.measure',
  side: 'figures.csv.side',
  reference: 'figures.csv.reference',
  items: 'figures.csv.items',
  state: 'figures.csv.state',
  start: 'figures.csv.start',
  end: 'figures.csv.end',
  end_status: 'figures.csv.endStatus',
  countdown: 'figures.csv.countdown',
  source_publishers: 'figures.csv.sourcePublishers',
  source_urls: 'figures.csv.sourceUrls',
  source_kinds: 'figures.csv.sourceKinds',
}

/** A column's CSV header: its message, or the key itself for a column without one. */
function csvHeader(key: string, lang: Lang): string {
  const message = CSV_HEADERS[key]
  return message === undefined ? key : lang.t(message)
}

/** A figure's table → CSV with its columns plus source publishers, URLs and kinds: the same rows. */
export function figureTableToCsv(table: FigureTable, lang: Lang): string {
  return toCsv(
    [
      ...table.columns.map((c) => c.key),
      'source_publishers',
      'source_urls',
      'source_kinds',
    ].map((key) => csvHeader(key, lang)),
    table.rows.map((row) => [
      ...table.columns.map((c) => row.cells[c.key]),
      row.sources.map((s) => s.publisher).join(' | '),
      row.sources.map((s) => s.url).join(' | '),
      row.sources.map((s) => s.kind).join(' | '),
    ]),
  )
}

export const TIDY_COLUMNS = [
  'commodity',
  'series',
  'kind',
  'date',
  'date_precision',
  'end_date',
  'value',
  'unit',
  'status',
  'note',
  'source_publisher',
  'source_url',
  'source_kind',
] as const

/**
 * The whole dataset, one row per value, window, deadline or event, each with
 * its sources and their kinds. `date` is ISO; `date_precision` says when only
 * its month (or year) is known.
 */
export function datasetToTidyCsv(dataset: Dataset, lang: Lang): string {
  const src = (ids: readonly string[]) => {
    const sources = ids
      .map((id) => dataset.sources[id])
      .filter((s) => s !== undefined)
    return [
      sources.map((s) => sourceByline(s, lang)).join(' | '),
      sources.map((s) => s.url).join(' | '),
      sources.map((s) => s.kind).join(' | '),
    ]
  }
  const rows: CsvCell[][] = []
  for (const s of dataset.series)
    for (const p of s.points)
      rows.push([
        s.commodity,
        s.id,
        s.kind,
        formatIsoDate(p.dateMs),
        p.datePrecision,
        p.suspendedUntilMs !== undefined
          ? formatIsoDate(p.suspendedUntilMs)
          : '',
        p.value,
        s.unit,
        p.status,
        [
          p.note,
          p.conflict && `Conflict: ${p.conflict}`,
          p.suspendedValue !== undefined && `${p.suspendedValue} suspended`,
        ]
          .filter(Boolean)
          .join('; '),
        ...src(p.sourceIds),
      ])
  for (const t of dataset.targets)
    for (const d of t.deadlines)
      rows.push([
        t.commodity,
        t.id,
        'target-deadline',
        formatIsoDate(t.startMs),
        'day',
        formatIsoDate(d.dateMs),
        t.value,
        t.unit,
        t.confirmed ? 'confirmed' : 'claimed',
        [d.label, d.note].filter(Boolean).join('; '),
        ...src(d.sourceIds),
      ])
  for (const m of dataset.measures)
    for (const w of m.windows)
      rows.push([
        m.commodity,
        m.id,
        `window-${w.state}`,
        formatIsoDate(w.startMs),
        'day',
        w.endMs === null ? '' : formatIsoDate(w.endMs),
        '',
        '',
        w.endStatus,
        [m.label, m.reference, w.note].filter(Boolean).join('; '),
        ...src(w.sourceIds),
      ])
  for (const e of dataset.events)
    rows.push([
      e.commodities.join(' '),
      e.id,
      `event-${e.kind}`,
      formatIsoDate(e.dateMs),
      e.datePrecision,
      e.endDateMs !== undefined ? formatIsoDate(e.endDateMs) : '',
      '',
      '',
      e.scheduled ? 'scheduled' : 'observed',
      `${e.label}: ${e.description}`,
      ...src(e.sourceIds),
    ])
  return toCsv(TIDY_COLUMNS, rows)
}
