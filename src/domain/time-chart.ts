/**
 * The view model shared by every time-axis chart: one row per x (UTC ms) with a
 * value per line, so Recharts draws each line on a numeric time axis and a
 * tooltip can show every line at the hovered date. Built by pure functions only.
 */
import { formatIsoDate } from '@/domain/dates'
import { downsampleLine } from '@/domain/downsample'
import type { DateRange } from '@/domain/date-range'
import {
  POINT_STATUS_META,
  type PointStatus,
  type Unit,
} from '@/domain/vocabulary'
import type { Dataset, Series, SeriesPoint, Source } from '@/domain/types'

/** What a line means; decides its stroke (solid, dashed, dotted, thick). */
export type LineRole =
  | 'observed'
  | 'scheduled'
  | 'snap-back'
  | 'headline'
  | 'estimate'
  | 'target'
  | 'projection'
  /** Announced but never implemented (e.g. a rate reported by some sources only). */
  | 'claim'
  /** A threatened rate: a marker at its date, never a line. */
  | 'threat'

export interface ChartLine {
  /** Key of this line's values in `ChartRow.values`. */
  key: string
  seriesId: string
  label: string
  role: LineRole
  curve: 'step' | 'linear'
  /** Palette position: lines of one series share it. */
  styleIndex: number
  /** False for a twin (e.g. a series' scheduled part) that shares a legend entry. */
  inLegend: boolean
  unit: Unit
}

/** What a tooltip shows about the value of one line at one date. */
export interface PointInfo {
  label: string
  value: number
  unit: Unit
  /** The date the value was set or reported (not the hovered date). */
  date: string
  status: string
  approx: boolean
  range?: string
  note?: string
  conflict?: string
  sources: readonly { publisher: string; url: string; title: string }[]
}

export interface ChartRow {
  x: number
  values: Readonly<Record<string, number | null>>
  info: Readonly<Record<string, PointInfo>>
}

export interface ChartMarker {
  /** 1-based number shown on the chart and in the event list. */
  n: number
  id: string
  x: number
  date: string
  label: string
  description: string
  scheduled: boolean
}

export interface TimeChartModel {
  rows: readonly ChartRow[]
  lines: readonly ChartLine[]
  xDomain: readonly [number, number]
  yDomain: readonly [number, number]
  unit: Unit
  markers: readonly ChartMarker[]
  /** The as-of line, when inside the range. */
  asOfX?: number
  /** The today line, when inside the range. */
  todayX?: number
}

/** A tooltip's info, built on first use: most points of a long line are thinned away first. */
export type LazyInfo = () => PointInfo

export function lazyInfo(make: () => PointInfo): LazyInfo {
  let value: PointInfo | undefined
  return () => (value ??= make())
}

/** A line before merging: its own (x, y) points; `y: null` breaks the line. */
export interface LinePoints {
  line: ChartLine
  points: readonly { x: number; y: number | null; info?: LazyInfo }[]
}

/** Resolves source ids to what a tooltip or table shows. */
export function resolveSources(
  dataset: Pick<Dataset, 'sources'>,
  ids: readonly string[],
): PointInfo['sources'] {
  return ids
    .map((id) => dataset.sources[id])
    .filter((s): s is Source => s !== undefined)
    .map((s) => ({ publisher: s.publisher, url: s.url, title: s.title }))
}

export function toPointInfo(
  dataset: Pick<Dataset, 'sources'>,
  label: string,
  unit: Unit,
  point: SeriesPoint,
): PointInfo {
  const hasRange = point.low !== undefined || point.high !== undefined
  return {
    label,
    value: point.value,
    unit,
    date: formatIsoDate(point.dateMs),
    status: statusLabel(point.status),
    approx: point.approx,
    ...(hasRange && {
      range: `${point.low ?? point.value}–${point.high ?? point.value}`,
    }),
    ...(point.note !== undefined && { note: point.note }),
    ...(point.conflict !== undefined && { conflict: point.conflict }),
    sources: resolveSources(dataset, point.sourceIds),
  }
}

export function statusLabel(status: PointStatus): string {
  return POINT_STATUS_META[status].label
}

/**
 * Thins long lines for display (tables and CSV keep every point): step lines
 * keep their changes, linear lines their shape (LTTB). Lines with gaps (null)
 * are short by construction and left alone.
 */
export function thinLines(lines: readonly LinePoints[]): LinePoints[] {
  return lines.map((l) =>
    l.points.some((p) => p.y === null)
      ? l
      : { ...l, points: downsampleLine(l.points, l.line.curve, lines.length) },
  )
}

/**
 * Merges lines into rows on the union of their x values. A step line takes the
 * value in effect at each x (so a tooltip can show it); a linear line only has
 * values at its own points (the chart connects them).
 */
export function mergeLines(
  lines: readonly LinePoints[],
  extraXs: readonly number[] = [],
): ChartRow[] {
  const xs = [
    ...new Set([...extraXs, ...lines.flatMap((l) => l.points.map((p) => p.x))]),
  ].sort((a, b) => a - b)
  const cursors = lines.map(() => 0)
  return xs.map((x) => {
    const values: Record<string, number | null> = {}
    const info: Record<string, PointInfo> = {}
    lines.forEach((l, li) => {
      const pts = l.points
      let c = cursors[li]!
      while (c + 1 < pts.length && pts[c + 1]!.x <= x) c++
      cursors[li] = c
      const p = pts[c]
      const exact = p !== undefined && p.x === x
      const inside = p !== undefined && p.x <= x && x <= pts[pts.length - 1]!.x
      const y =
        l.line.curve === 'step' ? (inside ? p.y : null) : exact ? p.y : null
      values[l.line.key] = y
      if (y !== null && p?.info) info[l.line.key] = p.info()
    })
    return { x, values, info }
  })
}

/** Source ids cited by any point of the series, in first-use order (loops: series can be long). */
export function pointSourceIds(series: readonly Series[]): string[] {
  const ids = new Set<string>()
  for (const s of series)
    for (const p of s.points) for (const id of p.sourceIds) ids.add(id)
  return [...ids]
}

/** Largest of many numbers without spreading them into arguments (100k+ would overflow). */
export function maxOf(values: Iterable<number>, floor = 0): number {
  let max = floor
  for (const v of values) if (v > max) max = v
  return max
}

/** Upper bound of the y axis: the data max rounded up to a readable step, never 0. */
export function computeAxisMax(max: number): number {
  // Below a billionth the data is zero for any reader (and 10 ** log10 underflows).
  if (!Number.isFinite(max) || max <= 1e-9) return 1
  const magnitude = 10 ** Math.floor(Math.log10(max))
  const candidates = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map(
    (step) => Math.ceil(max / (step * magnitude)) * step * magnitude,
  )
  return Number(Math.min(...candidates).toPrecision(12))
}

/** Events for a commodity inside the range, numbered for the chart and its list. */
export function computeMarkers(
  dataset: Pick<Dataset, 'events'>,
  commodity: string,
  range: DateRange,
): ChartMarker[] {
  return dataset.events
    .filter((e) => (e.commodities as readonly string[]).includes(commodity))
    .filter((e) => e.dateMs >= range.fromMs && e.dateMs <= range.toMs)
    .map((e, i) => ({
      n: i + 1,
      id: e.id,
      x: e.dateMs,
      date: formatIsoDate(e.dateMs),
      label: e.label,
      description: e.description,
      scheduled: e.scheduled,
    }))
}

/** x of a reference line, when it falls inside the range. */
export function inRangeX(ms: number, range: DateRange): number | undefined {
  return ms >= range.fromMs && ms <= range.toMs ? ms : undefined
}
