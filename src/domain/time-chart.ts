/**
 * The view model shared by every time-axis chart: one row per x (UTC ms) with a
 * value per line, so Recharts draws each line on a numeric time axis and a
 * tooltip can show every line at the hovered date. Built by pure functions only
 * (chart-rows, point-info, chart-axis, chart-markers, source-ids).
 */
import type { SourceKind, Unit } from '@/domain/vocabulary'
import type { SeriesPoint } from '@/domain/types'

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

/** A target drawn on a time chart: its level, deadline band and deadlines. */
export interface TargetOverlay {
  id: string
  label: string
  value: number
  /** Earliest and latest stated deadline (equal when there is one). */
  bandX: readonly [number, number]
  deadlines: readonly { x: number; label: string; approx: boolean }[]
  /** False when only one side states the target (labelled "not confirmed"). */
  confirmed: boolean
}

/** A shaded band between two lines of the chart rows (e.g. a prorated path). */
export interface BandOverlay {
  lowKey: string
  highKey: string
  label: string
}

/** What a time chart draws besides its lines. */
export interface TimeChartOverlays {
  targets: readonly TargetOverlay[]
  bands: readonly BandOverlay[]
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
  overlays?: TimeChartOverlays
}

/**
 * A point of a line before merging; `y: null` breaks the line. Its tooltip info
 * comes from `info`, or else from the series point `source` (through the line's
 * `infoOf`), built only for points that survive thinning.
 */
export interface LinePoint {
  x: number
  y: number | null
  /** Built on first use (see `lazy`): most points of a long line are thinned away first. */
  info?: () => PointInfo
  source?: SeriesPoint
}

/** A line before merging: its own (x, y) points. */
export interface LinePoints {
  line: ChartLine
  points: readonly LinePoint[]
  /** Tooltip info of a point that has a `source` and no `info`. */
  infoOf?: (point: SeriesPoint) => PointInfo
}
