/**
 * The dataset's controlled vocabularies, each declared once as a tuple. The zod
 * schema, the domain types, labels and legends all derive from these. Labels
 * are message keys (src/locales/<locale>/vocab.json): `lang.t(labelKey)`.
 */
import type { MessageKey } from '@/domain/i18n'

/** Units of numeric values. */
export const UNITS = ['pct', 'Mt', 't', 'usd-bn'] as const
export type Unit = (typeof UNITS)[number]

/**
 * `label`: the unit's symbol (not a word); `longKey`: its long name's message;
 * `cellKey`: how a table or CSV cell names it (the code in English, 百万吨 in
 * Chinese: the numbers beside it stay in the dataset's unit).
 */
export const UNIT_META = {
  pct: { label: '%', longKey: 'vocab.unit.pct', cellKey: 'vocab.unitCell.pct' },
  Mt: { label: 'Mt', longKey: 'vocab.unit.Mt', cellKey: 'vocab.unitCell.Mt' },
  t: { label: 't', longKey: 'vocab.unit.t', cellKey: 'vocab.unitCell.t' },
  'usd-bn': {
    label: '$bn',
    longKey: 'vocab.unit.usdBn',
    cellKey: 'vocab.unitCell.usdBn',
  },
} as const satisfies Record<
  Unit,
  { label: string; longKey: MessageKey; cellKey: MessageKey }
>

/**
 * Status of a dated value. `scheduled` is the only status allowed after the
 * dataset's as-of date: anything later has not been observed.
 */
export const POINT_STATUSES = [
  'in-force',
  'scheduled',
  'suspended',
  'struck-down',
  'expired',
  'threatened',
  'announced',
  'observed',
  'estimate',
  'claimed',
  'derived',
] as const
export type PointStatus = (typeof POINT_STATUSES)[number]

/**
 * `applied`: a rate or amount actually in effect or reported. `promised`: only
 * announced, claimed, threatened or scheduled, never (yet) applied. An
 * estimate is neither.
 */
const APPLIED = { applied: true, promised: false } as const
const PROMISED = { applied: false, promised: true } as const
const NEITHER = { applied: false, promised: false } as const

export const POINT_STATUS_META = {
  'in-force': { labelKey: 'vocab.status.inForce', ...APPLIED },
  scheduled: { labelKey: 'vocab.status.scheduled', ...PROMISED },
  suspended: { labelKey: 'vocab.status.suspended', ...APPLIED },
  'struck-down': { labelKey: 'vocab.status.struckDown', ...APPLIED },
  expired: { labelKey: 'vocab.status.expired', ...APPLIED },
  threatened: { labelKey: 'vocab.status.threatened', ...PROMISED },
  announced: { labelKey: 'vocab.status.announced', ...PROMISED },
  observed: { labelKey: 'vocab.status.observed', ...APPLIED },
  estimate: { labelKey: 'vocab.status.estimate', ...NEITHER },
  claimed: { labelKey: 'vocab.status.claimed', ...PROMISED },
  derived: { labelKey: 'vocab.status.derived', ...APPLIED },
} as const satisfies Record<
  PointStatus,
  { labelKey: MessageKey; applied: boolean; promised: boolean }
>

/** What a series is, which decides the view that draws it. */
export const SERIES_KINDS = [
  /** A statutory tariff layer, as dated steps. */
  'tariff-rate',
  /** An average or effective tariff estimate; methods differ between series. */
  'tariff-average',
  /** A running total since a start date (e.g. purchases since the summit). */
  'cumulative-volume',
  /** An amount per period (month or year), e.g. customs imports. */
  'period-volume',
] as const
export type SeriesKind = (typeof SERIES_KINDS)[number]

/** Who imposes a tariff on whom. */
export const DIRECTIONS = ['us-on-china', 'china-on-us'] as const
export type Direction = (typeof DIRECTIONS)[number]

export const DIRECTION_META = {
  'us-on-china': { labelKey: 'vocab.direction.usOnChina' },
  'china-on-us': { labelKey: 'vocab.direction.chinaOnUs' },
} as const satisfies Record<Direction, { labelKey: MessageKey }>

/** What a volume series counts: these are never merged into one line. */
export const MEASURES = [
  'contracts',
  'shipments',
  'arrivals',
  'exports',
] as const
export type Measure = (typeof MEASURES)[number]

export const MEASURE_META = {
  contracts: { labelKey: 'vocab.measure.contracts' },
  shipments: { labelKey: 'vocab.measure.shipments' },
  arrivals: { labelKey: 'vocab.measure.arrivals' },
  exports: { labelKey: 'vocab.measure.exports' },
} as const satisfies Record<Measure, { labelKey: MessageKey }>

/** The period a value covers; `instant` means "as of the date". */
export const PERIODS = ['instant', 'month', 'quarter', 'year'] as const
export type Period = (typeof PERIODS)[number]

/** How precise a date is; a month-precise date is written as its first day. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const
export type DatePrecision = (typeof DATE_PRECISIONS)[number]

/** State of a measure during a window. */
export const WINDOW_STATES = ['in-force', 'paused', 'scheduled'] as const
export type WindowState = (typeof WINDOW_STATES)[number]

/** One word per window state, in the legend, the table and every description. */
export const WINDOW_STATE_META = {
  'in-force': { labelKey: 'vocab.windowState.inForce' },
  paused: { labelKey: 'vocab.windowState.paused' },
  scheduled: { labelKey: 'vocab.windowState.scheduled' },
} as const satisfies Record<WindowState, { labelKey: MessageKey }>

/** Whether a window's end was observed, is only scheduled, or is open. */
export const WINDOW_END_STATUSES = ['observed', 'scheduled', 'open'] as const
export type WindowEndStatus = (typeof WINDOW_END_STATUSES)[number]

/** A table cell's word for each end status (the code itself in English). */
export const WINDOW_END_STATUS_META = {
  observed: { labelKey: 'vocab.endStatus.observed' },
  scheduled: { labelKey: 'vocab.endStatus.scheduled' },
  open: { labelKey: 'vocab.endStatus.open' },
} as const satisfies Record<WindowEndStatus, { labelKey: MessageKey }>

/** Which side imposes a measure. */
export const SIDES = ['china', 'us'] as const
export type Side = (typeof SIDES)[number]

export const SIDE_META = {
  china: { labelKey: 'vocab.side.china' },
  us: { labelKey: 'vocab.side.us' },
} as const satisfies Record<Side, { labelKey: MessageKey }>

export const EVENT_KINDS = [
  'summit',
  'call',
  'talks',
  'ruling',
  'announcement',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]

/**
 * What kind of page a source is: how much weight a reader can give it on its
 * own. Rates the page, not the fact (the fact's agreement across sources is
 * what `conflict`, `approx` and the point's status carry).
 */
export const SOURCE_KINDS = [
  'official',
  'original-report',
  'syndicated',
  'secondary',
] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

export const SOURCE_KIND_META = {
  official: {
    labelKey: 'vocab.sourceKind.official',
    definitionKey: 'vocab.sourceKind.official.definition',
  },
  'original-report': {
    labelKey: 'vocab.sourceKind.originalReport',
    definitionKey: 'vocab.sourceKind.originalReport.definition',
  },
  syndicated: {
    labelKey: 'vocab.sourceKind.syndicated',
    definitionKey: 'vocab.sourceKind.syndicated.definition',
  },
  secondary: {
    labelKey: 'vocab.sourceKind.secondary',
    definitionKey: 'vocab.sourceKind.secondary.definition',
  },
} as const satisfies Record<
  SourceKind,
  { labelKey: MessageKey; definitionKey: MessageKey }
>

/** Who states a commitment. */
export const CLAIMANTS = ['us', 'china', 'both'] as const
export type Claimant = (typeof CLAIMANTS)[number]
