/**
 * The dataset's controlled vocabularies, each declared once as a tuple. The zod
 * schema, the domain types, labels and legends all derive from these.
 */

/** Units of numeric values. */
export const UNITS = ['pct', 'Mt', 't', 'usd-bn'] as const
export type Unit = (typeof UNITS)[number]

export const UNIT_META = {
  pct: { label: '%', long: 'percent' },
  Mt: { label: 'Mt', long: 'million tonnes' },
  t: { label: 't', long: 'tonnes' },
  'usd-bn': { label: '$bn', long: 'billion US dollars' },
} as const satisfies Record<Unit, { label: string; long: string }>

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
export const POINT_STATUS_META = {
  'in-force': { label: 'In force', applied: true, promised: false },
  scheduled: {
    label: 'Scheduled (not observed)',
    applied: false,
    promised: true,
  },
  suspended: { label: 'Suspended', applied: true, promised: false },
  'struck-down': {
    label: 'Struck down / ended',
    applied: true,
    promised: false,
  },
  expired: { label: 'Expired', applied: true, promised: false },
  threatened: {
    label: 'Threatened, not implemented',
    applied: false,
    promised: true,
  },
  announced: {
    label: 'Announced, not implemented',
    applied: false,
    promised: true,
  },
  observed: { label: 'Reported', applied: true, promised: false },
  estimate: { label: 'Estimate', applied: false, promised: false },
  claimed: { label: 'Claimed, not confirmed', applied: false, promised: true },
  derived: {
    label: 'Derived from other figures',
    applied: true,
    promised: false,
  },
} as const satisfies Record<
  PointStatus,
  { label: string; applied: boolean; promised: boolean }
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
  'us-on-china': { label: 'US on Chinese goods' },
  'china-on-us': { label: 'China on US goods' },
} as const satisfies Record<Direction, { label: string }>

/** What a volume series counts: these are never merged into one line. */
export const MEASURES = [
  'contracts',
  'shipments',
  'arrivals',
  'exports',
] as const
export type Measure = (typeof MEASURES)[number]

export const MEASURE_META = {
  contracts: { label: 'Purchases / sales contracts' },
  shipments: { label: 'Shipments' },
  arrivals: { label: 'Customs arrivals' },
  exports: { label: 'Customs exports' },
} as const satisfies Record<Measure, { label: string }>

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
  'in-force': { label: 'In force' },
  paused: { label: 'Paused' },
  scheduled: { label: 'Scheduled' },
} as const satisfies Record<WindowState, { label: string }>

/** Whether a window's end was observed, is only scheduled, or is open. */
export const WINDOW_END_STATUSES = ['observed', 'scheduled', 'open'] as const
export type WindowEndStatus = (typeof WINDOW_END_STATUSES)[number]

/** Which side imposes a measure. */
export const SIDES = ['china', 'us'] as const
export type Side = (typeof SIDES)[number]

export const SIDE_META = {
  china: { label: 'China' },
  us: { label: 'US' },
} as const satisfies Record<Side, { label: string }>

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
    label: 'Official',
    definition:
      'A government, regulator, court or customs text (USTR, MOFCOM, GAC, the Federal Register, the White House, USDA, CBP, a court order), on its own site or a faithful copy that says so.',
  },
  'original-report': {
    label: 'Original report',
    definition:
      'The outlet or firm that reported or wrote it, on its own site (a news outlet, a law or trade firm, a research institute).',
  },
  syndicated: {
    label: 'Syndicated',
    definition:
      "Another outlet's story (e.g. a Reuters wire) republished on a third site; the original outlet is named.",
  },
  secondary: {
    label: 'Secondary',
    definition:
      'Commentary, aggregators, digests, forecasts, blogs, encyclopaedias and mirrors: a lead to the fact, not a record of it.',
  },
} as const satisfies Record<SourceKind, { label: string; definition: string }>

/** Who states a commitment. */
export const CLAIMANTS = ['us', 'china', 'both'] as const
export type Claimant = (typeof CLAIMANTS)[number]
