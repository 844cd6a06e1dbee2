/**
 * The view model shared by every time-axis chart: one row per x (UTC ms) with a
 * value per line, so Recharts draws each line on a numeric time axis and a
 * tooltip can show every line at the hovered date. Built by pure functions only.
 */
import {
  formatDateAt,
  formatIsoAt,
  formatSpanAt,
} from '@/domain/date-precision'
import { formatIsoDate } from '@/domain/dates'
import { scheduledEventStatus } from '@/domain/outcome'
import { downsampleLine } from '@/domain/downsample'
import { perSeries } from '@/domain/series-memo'
import type { DateRange } from '@/domain/date-range'
import {
  POINT_STATUS_META,
  type PointStatus,
  type Unit,
} from '@/domain/vocabulary'
import type { Dataset, Series, SeriesPoint, Source } from '@/domain/types'
import {
  isWeaklySourced,
  sourceByline,
  sourceKindLabel,
  sourceTitle,
} from '@/domain/source-kind'
import type { SourceKind } from '@/domain/vocabulary'

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
  /**
   * True when a dot per point would mislead or swamp the chart: thinning
   * dropped points of this line (the dots left would not be every observation),
   * or the chart has more rows than dots can be told apart (Recharts also makes
   * a dot element per row). Such a line is drawn without dots.
   */
  dense?: boolean
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
  sources: readonly SourceRef[]
  /** Every source cited is secondary: shown as "weakly sourced". */
  weaklySourced: boolean
}

/** A cited source as a tooltip, table or CSV shows it. */
export interface SourceRef {
  /** The name shown: `'Reuters, via Baird Maritime'` for a syndicated copy. */
  publisher: string
  url: string
  /** The page's title, or `'untitled page on <site>'`. */
  title: string
  kind: SourceKind
  /** `'Original report'` */
  kindLabel: string
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
  /** As a reader sees it: `'2025-10-30'`, `'Aug–Sept 2026'` for a month-precise event. */
  date: string
  /** Machine-readable (`<time dateTime>`): `'2025-10-30'`, `'2026-08'`. */
  dateTime: string
  label: string
  description: string
  scheduled: boolean
  /** `'scheduled'`, or `'scheduled; outcome unknown (no data after …)'` once passed. */
  status?: string
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

/**
 * A point of a line before merging; `y: null` breaks the line. Its tooltip info
 * comes from `info`, or else from the series point `source` (through the line's
 * `infoOf`), built only for points that survive thinning.
 */
export interface LinePoint {
  x: number
  y: number | null
  info?: LazyInfo
  source?: SeriesPoint
}

/** A line before merging: its own (x, y) points. */
export interface LinePoints {
  line: ChartLine
  points: readonly LinePoint[]
  /** Tooltip info of a point that has a `source` and no `info`. */
  infoOf?: (point: SeriesPoint) => PointInfo
}

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
    date: formatDateAt(point.dateMs, point.datePrecision),
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

/**
 * Thins long lines for display (tables and CSV keep every point): step lines
 * keep their changes, linear lines their shape (LTTB). Lines with gaps (null)
 * are short by construction and left alone.
 */
export function thinLines(lines: readonly LinePoints[]): LinePoints[] {
  return lines.map((l) => {
    if (l.points.some((p) => p.y === null)) return l
    const points = downsampleLine(l.points, l.line.curve, lines.length)
    return points.length < l.points.length
      ? { ...l, line: { ...l.line, dense: true }, points }
      : { ...l, points }
  })
}

/** Rows above which a chart's lines are drawn without dots (about one per 2 px of plot). */
export const MAX_DOTTED_ROWS = 500

/** Lines thinned, merged into rows; the lines as drawn (`dense` when dots would not help). */
export function chartRowsAndLines(
  lines: readonly LinePoints[],
  extraXs: readonly number[],
): { rows: readonly ChartRow[]; lines: ChartLine[] } {
  const thinned = thinLines(lines)
  const rows = mergeLines(thinned, extraXs)
  return {
    // Frozen: Recharts keeps chart data in an Immer store, which deep-freezes
    // (walks every row and value, reading each row's lazy info) any unfrozen
    // object it is given, on every update. A frozen array is taken as is.
    rows: Object.freeze(rows),
    lines: thinned.map((l) =>
      rows.length > MAX_DOTTED_ROWS && l.line.dense !== true
        ? { ...l.line, dense: true }
        : l.line,
    ),
  }
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
  const all: number[] = [...extraXs]
  for (const l of lines) for (const p of l.points) all.push(p.x)
  all.sort((a, b) => a - b)
  const xs = all.filter((x, i) => i === 0 || x !== all[i - 1])
  const infoAt = rowInfo(lines)
  const cursors = lines.map(() => 0)
  return xs.map((x) => {
    const values: Record<string, number | null> = {}
    for (let li = 0; li < lines.length; li++) {
      const pts = lines[li]!.points
      let c = cursors[li]!
      while (c + 1 < pts.length && pts[c + 1]!.x <= x) c++
      cursors[li] = c
      values[lines[li]!.line.key] = valueAt(lines[li]!, c, x)
    }
    let info: Record<string, PointInfo> | undefined
    return {
      x,
      values,
      // Built when a tooltip first shows this row: most rows are never hovered.
      get info() {
        return (info ??= infoAt(x))
      },
    }
  })
}

/**
 * The value of a line at `x`, given the index of its last point at or before x:
 * a step line's value in effect, a linear line's value at its own points only.
 */
function valueAt(l: LinePoints, c: number, x: number): number | null {
  const pts = l.points
  const p = pts[c]
  if (p === undefined || p.x > x) return null
  if (l.line.curve === 'step') return x <= pts[pts.length - 1]!.x ? p.y : null
  return p.x === x ? p.y : null
}

/** Index of the last point at or before x, or 0 when none is (as the merge's cursor). */
function cursorAt(points: readonly LinePoint[], x: number): number {
  let lo = 0
  let hi = points.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (points[mid]!.x <= x) lo = mid + 1
    else hi = mid
  }
  return Math.max(0, lo - 1)
}

/** Tooltip info of every line with a value at x; a point's info is built once per line. */
function rowInfo(
  lines: readonly LinePoints[],
): (x: number) => Record<string, PointInfo> {
  const cache = lines.map(() => new Map<LinePoint, PointInfo | undefined>())
  const infoOf = (li: number, p: LinePoint): PointInfo | undefined => {
    const seen = cache[li]!
    if (seen.has(p)) return seen.get(p)
    const make = lines[li]!.infoOf
    const info = p.info
      ? p.info()
      : p.source !== undefined && make !== undefined
        ? make(p.source)
        : undefined
    seen.set(p, info)
    return info
  }
  return (x) => {
    const info: Record<string, PointInfo> = {}
    lines.forEach((l, li) => {
      const c = cursorAt(l.points, x)
      if (valueAt(l, c, x) === null) return
      const pi = infoOf(li, l.points[c]!)
      if (pi !== undefined) info[l.line.key] = pi
    })
    return info
  }
}

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
  dataset: Pick<Dataset, 'events' | 'meta'>,
  commodity: string,
  range: DateRange,
  nowMs: number,
): ChartMarker[] {
  return dataset.events
    .filter((e) => (e.commodities as readonly string[]).includes(commodity))
    .filter((e) => e.dateMs >= range.fromMs && e.dateMs <= range.toMs)
    .map((e, i) => ({
      n: i + 1,
      id: e.id,
      x: e.dateMs,
      date:
        e.datePrecision === 'day'
          ? formatIsoDate(e.dateMs)
          : formatSpanAt(e.dateMs, e.endDateMs, e.datePrecision),
      dateTime: formatIsoAt(e.dateMs, e.datePrecision),
      label: e.label,
      description: e.description,
      scheduled: e.scheduled,
      ...(e.scheduled && {
        status: scheduledEventStatus(e, nowMs, dataset.meta.asOfMs),
      }),
    }))
}

/** x of a reference line, when it falls inside the range. */
export function inRangeX(ms: number, range: DateRange): number | undefined {
  return ms >= range.fromMs && ms <= range.toMs ? ms : undefined
}
