/** View models of the soybean figures: cumulative purchases against each pledge. */
import { type DateRange, formatRange } from '@/domain/date-range'
import { DAY_MS, formatIsoDate } from '@/domain/dates'
import { lazyTable, VALUE_COLUMNS, valueTableRows } from '@/domain/figure-table'
import { type DashboardFilters, isSeriesVisible } from '@/domain/filters'
import { formatLongDate, formatPercent, formatValue } from '@/domain/format'
import { computeProgress, type Progress } from '@/domain/progress'
import { perSeries } from '@/domain/series-memo'
import { countAtOrBefore, countBefore } from '@/domain/point-index'
import {
  chartRowsAndLines,
  computeAxisMax,
  computeMarkers,
  inRangeX,
  type ChartLine,
  type LinePoints,
  maxOf,
  pointSourceIds,
  type TimeChartModel,
  toPointInfo,
} from '@/domain/time-chart'
import {
  type FigureModel,
  gapsFor,
  type SeriesOption,
} from '@/domain/tariff-view'
import type { Dataset, Series, Target } from '@/domain/types'
import { MEASURE_META } from '@/domain/vocabulary'

/** Every point observed or derived (not estimated): drawn as an observed line. */
const isAllObserved = perSeries((s) =>
  s.points.every((p) => p.status === 'observed' || p.status === 'derived'),
)

/** The largest value or range high of a series. */
const highestValue = perSeries((s) =>
  maxOf(
    s.points.map((p) => p.high ?? p.value),
    -Infinity,
  ),
)

/** A target drawn on the chart: its level, deadline band and prorated path. */
export interface TargetOverlay {
  id: string
  label: string
  value: number
  /** Earliest and latest stated deadline (equal when there is one). */
  bandX: readonly [number, number]
  deadlines: readonly { x: number; label: string; approx: boolean }[]
  /** Keys in the chart rows of the prorated path's [fast, slow] bounds. */
  pathKeys: readonly [string, string]
  confirmed: boolean
}

export interface SoybeanFigureModel extends FigureModel {
  seriesOptions: readonly SeriesOption[]
  kind: 'soybean-progress'
  chart: TimeChartModel
  targets: readonly TargetOverlay[]
  /** Progress of the first tracked series with data against the main target. */
  progress: readonly Progress[]
  /** Keys of the prorated-path bands, drawn as shaded areas. */
  bands: readonly { lowKey: string; highKey: string; label: string }[]
}

/**
 * Prorated path of a target, as the fastest (earliest deadline) and slowest
 * (latest deadline) straight line from 0 at the start to the target.
 */
function pathPoints(
  target: Target,
  range: DateRange,
): { fast: LinePoints['points']; slow: LinePoints['points'] } {
  const first = target.deadlines[0]!.dateMs
  const last = target.deadlines[target.deadlines.length - 1]!.dateMs
  const at = (x: number, end: number) =>
    Math.min(
      target.value,
      (target.value * (x - target.startMs)) /
        Math.max(end - target.startMs, DAY_MS),
    )
  const xs = [...new Set([target.startMs, first, last])].filter(
    (x) => x >= range.fromMs && x <= range.toMs,
  )
  if (target.startMs < range.fromMs && range.fromMs < last)
    xs.unshift(range.fromMs)
  if (range.toMs > target.startMs && range.toMs < last) xs.push(range.toMs)
  xs.sort((a, b) => a - b)
  return {
    fast: xs.map((x) => ({ x, y: at(x, first) })),
    slow: xs.map((x) => ({ x, y: at(x, last) })),
  }
}

function verdictText(p: Progress, target: Target): string {
  return p.deadlines
    .map((d) => {
      const when = formatLongDate(d.dateMs)
      switch (d.verdict) {
        case 'met':
          return `met by ${when}`
        case 'missed':
          return `not met by ${when}${d.ratioAtDeadline !== undefined ? ` (${formatPercent(d.ratioAtDeadline)} then)` : ''}`
        case 'unknown':
          return `${when}: unknown — no figure after ${formatLongDate(p.latest!.dateMs)}${d.neededPerWeek !== undefined ? `; it needed ${formatValue(Math.max(0, d.neededPerWeek), target.unit)}/week from then` : ''}`
        case 'on-track':
        case 'behind':
          return `${when}: needs ${formatValue(Math.max(0, d.neededPerWeek ?? 0), target.unit)}/week (${d.verdict === 'on-track' ? 'on track' : 'behind'} at the current pace)`
        case 'no-data':
          return `${when}: no data`
      }
      return ''
    })
    .join('; ')
}

function summarise(
  dataset: Dataset,
  target: Target,
  tracked: readonly Series[],
  progress: readonly Progress[],
): string {
  const parts: string[] = []
  for (const p of progress) {
    const s = tracked.find((x) => x.id === p.seriesId)!
    if (!p.latest) {
      parts.push(
        `${s.label}: no observation since ${formatLongDate(target.startMs)}.`,
      )
      continue
    }
    const pct =
      p.ratio !== undefined
        ? `, ${formatPercent(p.ratio)} of the ${formatValue(target.value, target.unit)} pledge`
        : ''
    const projection = p.reached
      ? ` The pledge was reached by this measure on ${formatLongDate(p.projectedMs!)}.`
      : p.projectedMs !== undefined
        ? ` At the average pace since ${formatLongDate(target.startMs)} (${formatValue(p.pacePerWeek!, target.unit)}/week) the pledge would be met by ${formatLongDate(p.projectedMs)}.`
        : p.pacePerWeek !== undefined && p.pacePerWeek > 0
          ? ' At the average pace so far the pledge is not met within 50 years.'
          : ' At a pace of zero the pledge is never met.'
    parts.push(
      `As of ${formatLongDate(p.latest.dateMs)}, ${s.label}: ${p.latest.approx ? 'about ' : ''}${formatValue(p.latest.value, s.unit)}${pct}.${projection} Deadlines: ${verdictText(p, target)}.`,
    )
  }
  if (tracked.length === 0)
    parts.push(
      `No series in this dataset measures progress toward this commitment: no purchase or import figures were found for its period.`,
    )
  if (!target.confirmed)
    parts.push(
      `China never publicly confirmed the ${formatValue(target.value, target.unit)} figure.`,
    )
  parts.push(
    `Nothing after ${formatLongDate(dataset.meta.asOfMs)} has been observed in this dataset.`,
  )
  return parts.join(' ')
}

/** The main pledge figure: cumulative series (one line per source) against a target. */
export function computeSoybeanProgressFigure(
  dataset: Dataset,
  target: Target,
  filters: Pick<DashboardFilters, 'range' | 'toggledSeries'>,
  nowMs: number,
): SoybeanFigureModel {
  const { range } = filters
  const asOf = dataset.meta.asOfMs
  const tracked = target.trackedBy
    .map((id) => dataset.series.find((s) => s.id === id))
    .filter((s): s is Series => s !== undefined)
  const shown = tracked.filter((s) => isSeriesVisible(s, filters.toggledSeries))
  const lines: LinePoints[] = shown.map((s, i) => {
    const line: ChartLine = {
      key: s.id,
      seriesId: s.id,
      label: s.measure
        ? `${s.label} (${MEASURE_META[s.measure].label.toLowerCase()})`
        : s.label,
      role: isAllObserved(s) ? 'observed' : 'estimate',
      curve: 'linear',
      styleIndex: i,
      inLegend: true,
      unit: s.unit,
    }
    return {
      line,
      points: s.points
        .slice(
          countBefore(s.points, range.fromMs),
          countAtOrBefore(s.points, range.toMs),
        )
        .map((p) => ({ x: p.dateMs, y: p.value, source: p })),
      infoOf: (p) => toPointInfo(dataset, line.label, s.unit, p),
    }
  })
  const progress = tracked.map((s) => computeProgress(target, s, asOf, nowMs))
  // Projection of the first tracked series with data that has not reached the target.
  const projected = progress.find(
    (p) => p.latest && !p.reached && p.projectedMs !== undefined,
  )
  if (
    projected &&
    projected.latest &&
    shown.some((s) => s.id === projected.seriesId)
  ) {
    const pts = [
      { x: projected.latest.dateMs, y: projected.latest.value },
      { x: projected.projectedMs!, y: target.value },
    ].filter((p) => p.x >= range.fromMs && p.x <= range.toMs)
    lines.push({
      line: {
        key: `${projected.seriesId}__projection`,
        seriesId: projected.seriesId,
        label: 'Current pace, projected',
        role: 'projection',
        curve: 'linear',
        styleIndex: shown.findIndex((s) => s.id === projected.seriesId),
        inLegend: true,
        unit: target.unit,
      },
      points: pts,
    })
  }
  const path = pathPoints(target, range)
  const fastKey = `${target.id}__path-fast`
  const slowKey = `${target.id}__path-slow`
  const pathLine = (key: string, label: string): ChartLine => ({
    key,
    seriesId: target.id,
    label,
    role: 'target',
    curve: 'linear',
    styleIndex: 0,
    inLegend: false,
    unit: target.unit,
  })
  lines.push({
    line: pathLine(fastKey, 'Prorated path to the earliest deadline'),
    points: path.fast,
  })
  lines.push({
    line: pathLine(slowKey, 'Prorated path to the latest deadline'),
    points: path.slow,
  })
  const drawn = lines.filter((l) => l.points.length > 0)
  const merged = chartRowsAndLines(drawn, [range.fromMs, range.toMs])
  const max = maxOf(shown.map(highestValue), target.value)
  const asOfX = inRangeX(asOf, range)
  const todayX = inRangeX(nowMs, range)
  const sourceIds = [
    ...new Set([
      ...target.sourceIds,
      ...target.deadlines.flatMap((d) => d.sourceIds),
      ...pointSourceIds(shown),
    ]),
  ]
  return {
    kind: 'soybean-progress',
    id: `soybeans-${target.id}`,
    commodity: 'soybeans',
    title: `Soybeans: ${target.label}, purchases against the pledge`,
    subtitle: `${formatRange(range)} · cumulative since ${formatIsoDate(target.startMs)}, one line per source (never merged)`,
    summary: summarise(dataset, target, tracked, progress),
    chart: {
      rows: merged.rows,
      lines: merged.lines,
      xDomain: [range.fromMs, range.toMs],
      yDomain: [0, computeAxisMax(max)],
      unit: target.unit,
      markers: computeMarkers(dataset, 'soybeans', range, nowMs),
      ...(asOfX !== undefined && { asOfX }),
      ...(todayX !== undefined && { todayX }),
    },
    targets: [
      {
        id: target.id,
        label: target.label,
        value: target.value,
        bandX: [
          target.deadlines[0]!.dateMs,
          target.deadlines[target.deadlines.length - 1]!.dateMs,
        ],
        deadlines: target.deadlines.map((d) => ({
          x: d.dateMs,
          label: d.label,
          approx: d.approx,
        })),
        pathKeys: [fastKey, slowKey],
        confirmed: target.confirmed,
      },
    ],
    bands: [
      {
        lowKey: slowKey,
        highKey: fastKey,
        label: 'Prorated target path (earliest to latest deadline)',
      },
    ],
    progress,
    seriesOptions: tracked.map((s) => ({
      id: s.id,
      label: s.label,
      visible: shown.includes(s),
    })),
    table: lazyTable(
      `Soybeans: ${target.label} — every observation shown, ${formatRange(range)}`,
      VALUE_COLUMNS,
      () => valueTableRows(dataset, shown, range),
    ),
    sourceIds,
    notes: [
      'Contracts (USDA export sales), traders’ estimates and customs arrivals measure different things and lag each other by 1–3 months; each is its own line.',
      ...target.deadlines
        .filter((d) => d.approx)
        .map(
          (d) =>
            `Deadline ${d.label}: ${(d.note ?? 'approximate date').replace(/\.+$/, '')}.`,
        ),
    ],
    gaps: gapsFor(dataset, 'soybeans'),
  }
}
