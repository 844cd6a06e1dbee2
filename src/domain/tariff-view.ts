/** View models of the tariff figures: step lines by legal layer, one figure per direction. */
import { formatRange } from '@/domain/date-range'
import {
  type FigureTable,
  lazyTable,
  VALUE_COLUMNS,
  valueTableRows,
} from '@/domain/figure-table'
import {
  isDirectionShown,
  isSeriesVisible,
  type DashboardFilters,
} from '@/domain/filters'
import { outcomeUnknown } from '@/domain/outcome'
import { formatLongDate, formatValue } from '@/domain/format'
import { perSeries } from '@/domain/series-memo'
import {
  countAtOrBefore,
  countBefore,
  lastIndexAtOrBefore,
} from '@/domain/point-index'
import {
  lineFor,
  maxOfSeries,
  observedStepPoints,
  scheduledStepPoints,
  snapBackPoints,
} from '@/domain/step-lines'
import {
  chartRowsAndLines,
  computeAxisMax,
  computeMarkers,
  inRangeX,
  pointSourceIds,
  type LinePoints,
  type TimeChartModel,
  toPointInfo,
} from '@/domain/time-chart'
import type { Commodity } from '@/domain/commodities'
import type { Dataset, Series, SeriesPoint } from '@/domain/types'
import { DIRECTION_META, DIRECTIONS, type Direction } from '@/domain/vocabulary'

export interface FigureModel {
  /** Stable slug: DOM ids, export file names. */
  id: string
  commodity: 'tariffs' | 'rare-earths' | 'soybeans'
  /** Starts with the commodity label: it is the figure's accessible name. */
  title: string
  subtitle: string
  /** Plain-language summary generated from the data; the figure's description. */
  summary: string
  table: FigureTable
  /** Sources behind what the figure shows, in first-use order. */
  sourceIds: readonly string[]
  /** Caveats drawn under the chart (conflicts, methods). */
  notes: readonly string[]
  /** What the data cannot say for this figure (from `meta.gaps`). */
  gaps: readonly string[]
}

/** A series the reader can switch on or off in a figure. */
export interface SeriesOption {
  id: string
  label: string
  visible: boolean
}

export interface TariffFigureModel extends FigureModel {
  seriesOptions: readonly SeriesOption[]
  kind: 'tariffs'
  direction: Direction
  chart: TimeChartModel
}

/** The dataset's known gaps that concern a commodity. */
export function gapsFor(dataset: Dataset, commodity: Commodity): string[] {
  return dataset.meta.gaps
    .filter((g) => g.commodities.includes(commodity))
    .map((g) => g.text)
}

function sourceIdsOf(series: readonly Series[]): string[] {
  return [...pointSourceIds(series)]
}

/** Statuses of a rate actually applied (not threatened, announced or claimed). */
const APPLIED = new Set([
  'in-force',
  'observed',
  'derived',
  'struck-down',
  'expired',
  'suspended',
])

const NOT_APPLIED = new Set(['announced', 'claimed', 'threatened', 'scheduled'])

/** A series of rates that were only announced, claimed or threatened: never applied. */
export const isClaimSeries = perSeries((series: Series): boolean =>
  series.points.every((p) => NOT_APPLIED.has(p.status)),
)

/** A series whose every point is a threat: drawn as markers, never a line. */
const isThreatSeries = perSeries(
  (series: Series): boolean =>
    series.points.length > 0 &&
    series.points.every((p) => p.status === 'threatened'),
)

/** The point with the highest value (the first of equals). */
const peakOf = perSeries((series: Series) =>
  series.points.reduce((a, b) => (b.value > a.value ? b : a)),
)

/** Value applied at `ms` (last point dated ≤ ms, if it is an applied rate). */
function valueAt(series: Series, ms: number): number | undefined {
  const i = lastIndexAtOrBefore(series.points, ms)
  const p = series.points[i]
  return p !== undefined && APPLIED.has(p.status) ? p.value : undefined
}

function summarise(
  dataset: Dataset,
  direction: Direction,
  layers: readonly Series[],
  headline: Series | undefined,
  nowMs: number,
): string {
  const asOf = dataset.meta.asOfMs
  const unknown = outcomeUnknown(asOf)
  const who =
    direction === 'us-on-china'
      ? 'US tariffs on Chinese goods'
      : 'China’s tariffs on US goods'
  const parts: string[] = []
  const inForce = layers
    .filter((s) => !s.headline)
    .map((s) => ({ s, v: valueAt(s, asOf) }))
    .filter((x): x is { s: Series; v: number } => x.v !== undefined && x.v > 0)
  parts.push(
    inForce.length > 0
      ? `As of ${formatLongDate(asOf)}, ${who} in force by layer: ${inForce.map((x) => `${x.s.label} ${formatValue(x.v, x.s.unit)}`).join('; ')}.`
      : `As of ${formatLongDate(asOf)}, no layer of ${who} in this dataset was above 0%.`,
  )
  if (headline) {
    const peak = peakOf(headline)
    const now = valueAt(headline, asOf)
    parts.push(
      `${headline.label} peaked at ${formatValue(peak.value, headline.unit)} on ${formatLongDate(peak.dateMs)}${now !== undefined ? ` and stood at ${formatValue(now, headline.unit)} on ${formatLongDate(asOf)}` : ''}.`,
    )
  }
  const scheduled = layers
    .filter((s) => !isClaimSeries(s))
    .flatMap((s) =>
      s.points.slice(countAtOrBefore(s.points, asOf)).map((p) => ({ s, p })),
    )
  const snapBacks = layers.flatMap((s) => {
    const i = lastIndexAtOrBefore(s.points, asOf)
    const p = s.points[i]
    return p?.suspendedValue &&
      p.suspendedUntilMs !== undefined &&
      p.suspendedUntilMs > asOf
      ? [{ s, p }]
      : []
  })
  if (scheduled.length > 0)
    parts.push(
      `Scheduled, not observed: ${scheduled.map(({ s, p }) => (p.dateMs < nowMs ? `${s.label} was due to ${p.value === 0 ? 'end' : `be ${formatValue(p.value, s.unit)}`} on ${formatLongDate(p.dateMs)} — ${unknown}` : p.value === 0 ? `${s.label} to end on ${formatLongDate(p.dateMs)}` : `${s.label} ${formatValue(p.value, s.unit)} from ${formatLongDate(p.dateMs)}`)).join('; ')}.`,
    )
  if (snapBacks.length > 0)
    parts.push(
      `Suspended portions that would snap back: ${snapBacks.map(({ s, p }) => `${s.label} +${p.suspendedValue} points until ${formatLongDate(p.suspendedUntilMs!)}${p.suspendedUntilMs! < nowMs ? ` (${unknown})` : ''}`).join('; ')}.`,
    )
  parts.push(
    `Nothing after ${formatLongDate(asOf)} has been observed in this dataset.`,
  )
  return parts.join(' ')
}

export function computeTariffFigure(
  dataset: Dataset,
  direction: Direction,
  filters: Pick<DashboardFilters, 'range' | 'showAverages' | 'toggledSeries'>,
  nowMs: number,
): TariffFigureModel {
  const { range } = filters
  const asOf = dataset.meta.asOfMs
  const all = dataset.series.filter(
    (s) => s.commodity === 'tariffs' && s.direction === direction,
  )
  const allLayers = all.filter((s) => s.kind === 'tariff-rate')
  const layers = allLayers.filter((s) =>
    isSeriesVisible(s, filters.toggledSeries),
  )
  const averages = filters.showAverages
    ? all.filter((s) => s.kind === 'tariff-average')
    : []
  const shown = [...layers, ...averages]
  const info = (s: Series) => (p: SeriesPoint) =>
    toPointInfo(dataset, s.label, s.unit, p)

  const lines: LinePoints[] = []
  shown.forEach((s) => {
    const i = all.indexOf(s)
    const threat = isThreatSeries(s)
    const claim = isClaimSeries(s)
    const infoOf = info(s)
    if (threat || s.kind === 'tariff-average') {
      const pts = s.points
        .slice(
          countBefore(s.points, range.fromMs),
          countAtOrBefore(s.points, range.toMs),
        )
        .map((p) => ({ x: p.dateMs, y: p.value, source: p }))
      const line = lineFor(s, threat ? 'threat' : 'estimate', i)
      lines.push({ line: { ...line, curve: 'linear' }, points: pts, infoOf })
      return
    }
    const role = claim ? 'claim' : s.headline ? 'headline' : 'observed'
    lines.push({
      line: lineFor(s, role, i),
      points: observedStepPoints(s, range, asOf),
      infoOf,
    })
    lines.push({
      line: lineFor(s, 'scheduled', i, '__scheduled'),
      points: scheduledStepPoints(s, range, asOf),
      infoOf,
    })
    lines.push({
      line: {
        ...lineFor(s, 'snap-back', i, '__snap'),
        label: `${s.label}: suspended part`,
      },
      points: snapBackPoints(s, range, infoOf),
    })
  })
  const drawn = lines.filter((l) => l.points.length > 0)
  const merged = chartRowsAndLines(drawn, [range.fromMs, range.toMs])
  const headline = layers.find((s) => s.headline)
  const label = DIRECTION_META[direction].label
  const asOfX = inRangeX(asOf, range)
  const todayX = inRangeX(nowMs, range)
  const notes = [
    `Step lines show each legal layer's rate from the date it took effect; dashed parts after the as-of date are scheduled, not observed.`,
    ...(averages.length > 0
      ? [
          `Average/effective-rate estimates use different methods and are not comparable with each other or with the statutory layers.`,
        ]
      : []),
  ]
  return {
    kind: 'tariffs',
    id: `tariffs-${direction}`,
    commodity: 'tariffs',
    direction,
    title: `Tariffs: ${label}, by legal layer`,
    subtitle: `${formatRange(range)}${filters.showAverages ? ' · with average-rate estimates' : ''}`,
    summary: summarise(dataset, direction, layers, headline, nowMs),
    chart: {
      rows: merged.rows,
      lines: merged.lines,
      xDomain: [range.fromMs, range.toMs],
      yDomain: [0, computeAxisMax(maxOfSeries(shown))],
      unit: 'pct',
      markers: computeMarkers(dataset, 'tariffs', range, nowMs),
      ...(asOfX !== undefined && { asOfX }),
      ...(todayX !== undefined && { todayX }),
    },
    table: lazyTable(
      `Tariffs: ${label} — every rate change shown, ${formatRange(range)}`,
      VALUE_COLUMNS,
      () => valueTableRows(dataset, shown, range),
    ),
    sourceIds: sourceIdsOf(shown),
    notes,
    gaps: gapsFor(dataset, 'tariffs'),
    seriesOptions: allLayers.map((s) => ({
      id: s.id,
      label: s.label,
      visible: layers.includes(s),
    })),
  }
}

/** The tariff figures the filters ask for, US on China first. */
export function computeTariffFigures(
  dataset: Dataset,
  filters: DashboardFilters,
  nowMs: number,
): TariffFigureModel[] {
  return DIRECTIONS.filter((d) => isDirectionShown(filters.direction, d))
    .filter((d) =>
      dataset.series.some(
        (s) => s.commodity === 'tariffs' && s.direction === d,
      ),
    )
    .map((d) => computeTariffFigure(dataset, d, filters, nowMs))
}
