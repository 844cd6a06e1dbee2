/**
 * Domain model: what the app knows after the dataset file has been validated.
 * Dates are UTC epoch milliseconds (`…Ms`); nothing here is `unknown`.
 */
import type { Commodity } from '@/domain/commodities'
import type {
  Claimant,
  DatePrecision,
  Direction,
  EventKind,
  Measure as MeasureKind,
  Period,
  PointStatus,
  SeriesKind,
  Side,
  SourceKind,
  Unit,
  WindowEndStatus,
  WindowState,
} from '@/domain/vocabulary'
import type {
  EventZh,
  GapZh,
  LabelZh,
  MeasureZh,
  MetaZh,
  PointZh,
  SeriesZh,
  WindowZh,
} from '@/domain/zh-text'

export interface Source {
  id: string
  publisher: string
  /** `null` when the page shows no title. */
  title: string | null
  /** As written in the file; only `http(s)` URLs are ever rendered as links. */
  url: string
  /** `null` when the page shows no date. */
  publishedMs: number | null
  publishedPrecision: DatePrecision
  kind: SourceKind
  /** The original outlet of a syndicated copy. */
  via?: string
  note?: string
}

export interface SeriesPoint {
  dateMs: number
  datePrecision: DatePrecision
  value: number
  low?: number
  high?: number
  approx: boolean
  /** Part of the rate suspended on this date that would snap back. */
  suspendedValue?: number
  suspendedUntilMs?: number
  status: PointStatus
  sourceIds: readonly string[]
  note?: string
  conflict?: string
  zh?: PointZh
}

export interface Series {
  id: string
  commodity: Commodity
  kind: SeriesKind
  label: string
  /** A short name for compact places (the "At a glance" cards), e.g. "USDA". */
  shortLabel?: string
  unit: Unit
  period: Period
  direction?: Direction
  layer?: string
  measure?: MeasureKind
  method?: string
  description: string
  defaultVisible: boolean
  /** A headline total (e.g. all 2025 layers), drawn emphasised. */
  headline: boolean
  /** Sorted by date, ascending. */
  points: readonly SeriesPoint[]
  zh?: SeriesZh
}

export interface Deadline {
  id: string
  dateMs: number
  label: string
  approx: boolean
  sourceIds: readonly string[]
  note?: string
  zh?: LabelZh
}

export interface Target {
  id: string
  commodity: Commodity
  label: string
  unit: Unit
  value: number
  startMs: number
  /** Every stated deadline variant, sorted by date. */
  deadlines: readonly Deadline[]
  claimant: Claimant
  confirmed: boolean
  trackedBy: readonly string[]
  sourceIds: readonly string[]
  note?: string
  zh?: LabelZh
}

export interface TimeWindow {
  state: WindowState
  startMs: number
  endMs: number | null
  endStatus: WindowEndStatus
  sourceIds: readonly string[]
  note?: string
  zh?: WindowZh
}

export interface ControlMeasure {
  id: string
  commodity: Commodity
  side: Side
  label: string
  reference: string
  items: readonly string[]
  announcedMs: number
  windows: readonly TimeWindow[]
  sourceIds: readonly string[]
  note?: string
  zh?: MeasureZh
}

export interface TradeEvent {
  id: string
  dateMs: number
  endDateMs?: number
  datePrecision: DatePrecision
  kind: EventKind
  label: string
  description: string
  commodities: readonly Commodity[]
  scheduled: boolean
  sourceIds: readonly string[]
  zh?: EventZh
}

export interface DataGap {
  id: string
  text: string
  commodities: readonly Commodity[]
  zh?: GapZh
}

export interface DatasetMeta {
  title: string
  version: string
  /** Latest date the data covers: later dates are scheduled, never observed. */
  asOfMs: number
  checkedOnMs: number
  description: string
  gaps: readonly DataGap[]
  zh?: MetaZh
}

/** A record left out because it was invalid, and why (shown to the reader). */
export interface DroppedRecord {
  /** e.g. `series[3] "us-ieepa-fentanyl", points[1] (2025-03-04)` */
  record: string
  /** `path: message` lines. */
  reasons: readonly string[]
}

export interface Dataset {
  schemaVersion: number
  meta: DatasetMeta
  sources: Readonly<Record<string, Source>>
  series: readonly Series[]
  targets: readonly Target[]
  measures: readonly ControlMeasure[]
  events: readonly TradeEvent[]
  /** Records dropped on load because they were invalid (empty for a clean file). */
  dropped: readonly DroppedRecord[]
}
