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
import { lazyTable, valueColumns, valueTableRows } from '@/domain/figure-table'
import type { Lang } from '@/domain/i18n'
import { inLocale } from '@/domain/localized'
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
function targetOverlay(target: Target, lang: Lang): TargetOverlay {
  return {
    id: target.id,
    label: inLocale(target, 'label', lang.locale),
    value: target.value,
    bandX: [
      target.deadlines[0]!.dateMs,
      target.deadlines[target.deadlines.length - 1]!.dateMs,
    ],
    deadlines: target.deadlines.map((d) => ({
      x: d.dateMs,
      label: inLocale(d, 'label', lang.locale),
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
  lang: Lang,
): TimeChartModel {
  const projection = projectionLine(target, progress, shown, range, lang)
  const lines = [
    ...sourceLines(dataset, shown, range, lang),
    ...(projection ? [projection] : []),
    ...pathLines(target, range, lang),
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
    markers: computeMarkers(dataset, 'soybeans', range, nowMs, lang),
    ...(asOfX !== undefined && { asOfX }),
    ...(todayX !== undefined && { todayX }),
    overlays: {
      targets: [targetOverlay(target, lang)],
      bands: [
        {
          lowKey: slowKey,
          highKey: fastKey,
          label: lang.t('figures.band.proratedPath'),
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
  lang: Lang,
): SoybeanFigureModel {
  const targetLabel = inLocale(target, 'label', lang.locale)
  const { range } = filters
  const rangeText = formatRange(range, lang)
  // The chart opens at the pledge, not on empty months before it.
  const span = fitSpan(range, target.startMs)
  const details = {
    start: formatIsoDate(target.startMs),
    chartFrom: formatIsoDate(span.fromMs),
  }
  const tracked = trackedSeries(dataset, target)
  const shown = tracked.filter((s) => isSeriesVisible(s, filters.toggledSeries))
  const progress = tracked.map((s) =>
    computeProgress(target, s, dataset.meta.asOfMs, nowMs),
  )
  return {
    kind: 'soybean-progress',
    id: soybeanFigureId(target),
    commodity: 'soybeans',
    title: lang.t('figures.title.soybeans', { target: targetLabel }),
    subtitle:
      span.fromMs !== range.fromMs
        ? lang.t('figures.subtitle.soybeansFromStart', {
            range: rangeText,
            ...details,
          })
        : lang.t('figures.subtitle.soybeans', {
            range: rangeText,
            start: details.start,
          }),
    summary: summariseSoybeanProgress(dataset, target, tracked, progress, lang),
    takeaway: soybeanTakeaway(target, tracked, progress, lang),
    chart: soybeanChart(dataset, target, shown, progress, span, nowMs, lang),
    progress,
    seriesOptions: tracked.map((s) => ({
      id: s.id,
      label: inLocale(s, 'label', lang.locale),
      visible: shown.includes(s),
    })),
    table: lazyTable(
      lang.t('figures.table.caption.soybeans', {
        target: targetLabel,
        range: rangeText,
      }),
      valueColumns(lang),
      () => valueTableRows(dataset, shown, range, lang),
    ),
    sourceIds: [
      ...new Set([
        ...target.sourceIds,
        ...target.deadlines.flatMap((d) => d.sourceIds),
        ...pointSourceIds(shown),
      ]),
    ],
    notes: [
      lang.t('figures.note.soybeanMeasures'),
      ...target.deadlines
        .filter((d) => d.approx)
        .map((d) => {
          const note = inLocale(d, 'note', lang.locale)
          const label = inLocale(d, 'label', lang.locale)
          return note === undefined
            ? lang.t('figures.note.deadlineApprox', { label })
            : lang.t('figures.note.deadline', {
                label,
                // The message ends the sentence: the note's own full stop goes.
                note: note.replace(/[.。]+$/, ''),
              })
        }),
    ],
    gaps: gapsFor(dataset, 'soybeans', lang),
  }
}
