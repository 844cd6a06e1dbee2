/** View models of the soybean figures: cumulative purchases against each pledge. */
import { chartRowsAndLines } from '@/domain/chart-rows'
import {
  computeAxisMax,
  fitSpan,
  inRangeX,
  maxOfRows,
} from '@/domain/chart-axis'
import { computeMarkers } from '@/domain/chart-markers'
import { type DateRange, formatRange } from '@/domain/date-range'
import { formatIsoDate } from '@/domain/dates'
import {
  type FigureModel,
  gapsFor,
  type SeriesOption,
} from '@/domain/figure-model'
import { lazyTable, VALUE_COLUMNS, valueTableRows } from '@/domain/figure-table'
import { type DashboardFilters, isSeriesVisible } from '@/domain/filters'
import {
  computeProgress,
  type Progress,
  trackedSeries,
} from '@/domain/progress'
import {
  pathKeysOf,
  pathLines,
  projectionLine,
  sourceLines,
} from '@/domain/soybean-lines'
import { summariseSoybeanProgress } from '@/domain/soybean-summary'
import { soybeanTakeaway } from '@/domain/takeaway'
import { pointSourceIds } from '@/domain/source-ids'
import type { TargetOverlay, TimeChartModel } from '@/domain/time-chart'
import type { Dataset, Series, Target } from '@/domain/types'

export interface SoybeanFigureModel extends FigureModel {
  seriesOptions: readonly SeriesOption[]
  kind: 'soybean-progress'
  /** Its overlays: the target's level, deadline band and prorated-path band. */
  chart: TimeChartModel
  /** Progress of each tracked series against the target. */
  progress: readonly Progress[]
}

/** The target drawn on the chart: its level, deadline band and deadlines. */
function targetOverlay(target: Target): TargetOverlay {
  return {
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
    confirmed: target.confirmed,
  }
}

/** The time chart: source lines, projection and prorated path, with the target as overlays. */
function soybeanChart(
  dataset: Dataset,
  target: Target,
  shown: readonly Series[],
  progress: readonly Progress[],
  range: DateRange,
  nowMs: number,
): TimeChartModel {
  const projection = projectionLine(target, progress, shown, range)
  const lines = [
    ...sourceLines(dataset, shown, range),
    ...(projection ? [projection] : []),
    ...pathLines(target, range),
  ].filter((l) => l.points.length > 0)
  const merged = chartRowsAndLines(lines, [range.fromMs, range.toMs])
  // The pledge level stays in view: it is what the lines are read against.
  const max = maxOfRows(merged.rows, target.value)
  const asOfX = inRangeX(dataset.meta.asOfMs, range)
  const todayX = inRangeX(nowMs, range)
  const [fastKey, slowKey] = pathKeysOf(target)
  return {
    rows: merged.rows,
    lines: merged.lines,
    xDomain: [range.fromMs, range.toMs],
    yDomain: [0, computeAxisMax(max)],
    unit: target.unit,
    markers: computeMarkers(dataset, 'soybeans', range, nowMs),
    ...(asOfX !== undefined && { asOfX }),
    ...(todayX !== undefined && { todayX }),
    overlays: {
      targets: [targetOverlay(target)],
      bands: [
        {
          lowKey: slowKey,
          highKey: fastKey,
          label: 'Prorated target path (earliest to latest deadline)',
        },
      ],
    },
  }
}

/** DOM id of a pledge's figure (the target of in-page links). */
export function soybeanFigureId(target: Target): string {
  return `soybeans-${target.id}`
}

/** The main pledge figure: cumulative series (one line per source) against a target. */
export function computeSoybeanProgressFigure(
  dataset: Dataset,
  target: Target,
  filters: Pick<DashboardFilters, 'range' | 'toggledSeries'>,
  nowMs: number,
): SoybeanFigureModel {
  const { range } = filters
  // The chart opens at the pledge, not on empty months before it.
  const span = fitSpan(range, target.startMs)
  const tracked = trackedSeries(dataset, target)
  const shown = tracked.filter((s) => isSeriesVisible(s, filters.toggledSeries))
  const progress = tracked.map((s) =>
    computeProgress(target, s, dataset.meta.asOfMs, nowMs),
  )
  return {
    kind: 'soybean-progress',
    id: soybeanFigureId(target),
    commodity: 'soybeans',
    title: `Soybeans: ${target.label}, purchases against the pledge`,
    subtitle: `${formatRange(range)}${span.fromMs !== range.fromMs ? ` (chart from ${formatIsoDate(span.fromMs)}, the pledge’s start)` : ''} · cumulative since ${formatIsoDate(target.startMs)}, one line per source (never merged)`,
    summary: summariseSoybeanProgress(dataset, target, tracked, progress),
    takeaway: soybeanTakeaway(target, tracked, progress),
    chart: soybeanChart(dataset, target, shown, progress, span, nowMs),
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
    sourceIds: [
      ...new Set([
        ...target.sourceIds,
        ...target.deadlines.flatMap((d) => d.sourceIds),
        ...pointSourceIds(shown),
      ]),
    ],
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
