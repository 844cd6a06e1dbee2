/** View models of the tariff figures: step lines by legal layer, one figure per direction. */
import { formatRange } from '@/domain/date-range'
import { lazyTable, valueColumns, valueTableRows } from '@/domain/figure-table'
import type { Lang } from '@/domain/i18n'
import { inLocale } from '@/domain/localized'
import {
  isDirectionShown,
  isSeriesVisible,
  type DashboardFilters,
} from '@/domain/filters'
import { countAtOrBefore, countBefore } from '@/domain/point-index'
import { summariseTariffs } from '@/domain/tariff-summary'
import { tariffTakeaway } from '@/domain/takeaway'
import { isClaimSeries, isThreatSeries } from '@/domain/tariff-series'
import {
  lineFor,
  observedStepPoints,
  scheduledStepPoints,
  snapBackPoints,
} from '@/domain/step-lines'
import { chartRowsAndLines } from '@/domain/chart-rows'
import { computeAxisMax, inRangeX, maxOfRows } from '@/domain/chart-axis'
import { computeMarkers } from '@/domain/chart-markers'
import { pointSourceIds } from '@/domain/source-ids'
import { type LinePoints, type TimeChartModel } from '@/domain/time-chart'
import { toPointInfo } from '@/domain/point-info'
import {
  type FigureModel,
  gapsFor,
  type SeriesOption,
} from '@/domain/figure-model'
import type { Dataset, Series, SeriesPoint } from '@/domain/types'
import { DIRECTION_META, DIRECTIONS, type Direction } from '@/domain/vocabulary'

export interface TariffFigureModel extends FigureModel {
  seriesOptions: readonly SeriesOption[]
  kind: 'tariffs'
  direction: Direction
  chart: TimeChartModel
}

function sourceIdsOf(series: readonly Series[]): string[] {
  return [...pointSourceIds(series)]
}

/** DOM id of a direction's tariff figure (the target of in-page links). */
export function tariffFigureId(direction: Direction): string {
  return `tariffs-${direction}`
}

export function computeTariffFigure(
  dataset: Dataset,
  direction: Direction,
  filters: Pick<DashboardFilters, 'range' | 'showAverages' | 'toggledSeries'>,
  nowMs: number,
  lang: Lang,
): TariffFigureModel {
  const labelOf = (s: Series) => inLocale(s, 'label', lang.locale)
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
    toPointInfo(dataset, labelOf(s), s.unit, p, lang)

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
      const line = lineFor(s, threat ? 'threat' : 'estimate', i, lang)
      lines.push({ line: { ...line, curve: 'linear' }, points: pts, infoOf })
      return
    }
    const role = claim ? 'claim' : s.headline ? 'headline' : 'observed'
    lines.push({
      line: lineFor(s, role, i, lang),
      points: observedStepPoints(s, range, asOf),
      infoOf,
    })
    lines.push({
      line: lineFor(s, 'scheduled', i, lang, '__scheduled'),
      points: scheduledStepPoints(s, range, asOf),
      infoOf,
    })
    lines.push({
      line: {
        ...lineFor(s, 'snap-back', i, lang, '__snap'),
        label: lang.t('figures.line.suspendedPart', { label: labelOf(s) }),
      },
      points: snapBackPoints(s, range, infoOf),
    })
  })
  const drawn = lines.filter((l) => l.points.length > 0)
  const merged = chartRowsAndLines(drawn, [range.fromMs, range.toMs])
  const headline = layers.find((s) => s.headline)
  const label = lang.t(DIRECTION_META[direction].labelKey)
  const asOfX = inRangeX(asOf, range)
  const todayX = inRangeX(nowMs, range)
  const notes = [
    lang.t('figures.note.tariffSteps'),
    ...(averages.length > 0 ? [lang.t('figures.note.tariffAverages')] : []),
  ]
  const rangeText = formatRange(range, lang)
  return {
    kind: 'tariffs',
    id: tariffFigureId(direction),
    commodity: 'tariffs',
    direction,
    title: lang.t('figures.title.tariffs', { direction: label }),
    subtitle: filters.showAverages
      ? lang.t('figures.subtitle.tariffsWithAverages', { range: rangeText })
      : rangeText,
    summary: summariseTariffs(
      dataset,
      direction,
      layers,
      headline,
      nowMs,
      lang,
    ),
    takeaway: tariffTakeaway(asOf, direction, layers, headline, lang),
    chart: {
      rows: merged.rows,
      lines: merged.lines,
      xDomain: [range.fromMs, range.toMs],
      yDomain: [0, computeAxisMax(maxOfRows(merged.rows))],
      unit: 'pct',
      markers: computeMarkers(dataset, 'tariffs', range, nowMs, lang),
      ...(asOfX !== undefined && { asOfX }),
      ...(todayX !== undefined && { todayX }),
    },
    table: lazyTable(
      lang.t('figures.table.caption.tariffs', {
        direction: label,
        range: rangeText,
      }),
      valueColumns(lang),
      () => valueTableRows(dataset, shown, range, lang),
    ),
    sourceIds: sourceIdsOf(shown),
    notes,
    gaps: gapsFor(dataset, 'tariffs', lang),
    seriesOptions: allLayers.map((s) => ({
      id: s.id,
      label: labelOf(s),
      visible: layers.includes(s),
    })),
  }
}

/** The tariff figures the filters ask for, US on China first. */
export function computeTariffFigures(
  dataset: Dataset,
  filters: DashboardFilters,
  nowMs: number,
  lang: Lang,
): TariffFigureModel[] {
  return DIRECTIONS.filter((d) => isDirectionShown(filters.direction, d))
    .filter((d) =>
      dataset.series.some(
        (s) => s.commodity === 'tariffs' && s.direction === d,
      ),
    )
    .map((d) => computeTariffFigure(dataset, d, filters, nowMs, lang))
}
