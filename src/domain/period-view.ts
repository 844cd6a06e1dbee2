/** View model of per-period amounts (monthly or annual): customs imports, magnet exports. */
import type { Commodity } from '@/domain/commodities'
import {
  type DateRange,
  formatRange,
  isInRange,
  RANGE_LIMITS,
} from '@/domain/date-range'
import { lazyTable, VALUE_COLUMNS, valueTableRows } from '@/domain/figure-table'
import { formatAxisMonth, formatLongDate, formatValue } from '@/domain/format'
import {
  type ChartLine,
  type ChartRow,
  type PointInfo,
} from '@/domain/time-chart'
import { computeAxisMax, maxOf } from '@/domain/chart-axis'
import { pointSourceIds } from '@/domain/source-ids'
import { periodTakeaway } from '@/domain/takeaway'
import { toPointInfo } from '@/domain/point-info'
import { type FigureModel, gapsFor } from '@/domain/figure-model'
import type { Dataset, Series } from '@/domain/types'
import type { Period } from '@/domain/vocabulary'

export interface PeriodRow extends ChartRow {
  /** Axis label: '2025' or 'Sep 2025'. */
  label: string
}

export interface PeriodBarsFigureModel extends FigureModel {
  kind: 'period-bars'
  rows: readonly PeriodRow[]
  bars: readonly ChartLine[]
  yDomain: readonly [number, number]
  unit: Series['unit']
}

function periodLabel(ms: number, period: Period): string {
  return period === 'year'
    ? String(new Date(ms).getUTCFullYear())
    : formatAxisMonth(ms)
}

/**
 * The dates a period figure shows: monthly figures follow the shared range;
 * annual ones are context (the baseline a pledge is read against), so they
 * always show every year and their subtitle says so.
 */
export function shownRange(range: DateRange, period: Period): DateRange {
  return period === 'year' ? RANGE_LIMITS : range
}

/**
 * One figure per commodity and period: every `period-volume` series of that
 * period (e.g. monthly soybean imports from the US) as bars, within the range.
 */
export function computePeriodFigure(
  dataset: Dataset,
  commodity: Commodity,
  period: Period,
  selected: DateRange,
  options: { id: string; title: string },
): PeriodBarsFigureModel | undefined {
  const series = dataset.series.filter(
    (s) =>
      s.commodity === commodity &&
      s.kind === 'period-volume' &&
      s.period === period,
  )
  if (series.length === 0) return undefined
  const range = shownRange(selected, period)
  const unit = series[0]!.unit
  const same = series.filter((s) => s.unit === unit)
  const byX = new Map<
    number,
    { values: Record<string, number | null>; info: Record<string, PointInfo> }
  >()
  for (const s of same)
    for (const p of s.points) {
      if (p.dateMs < range.fromMs || p.dateMs > range.toMs) continue
      const row = byX.get(p.dateMs) ?? { values: {}, info: {} }
      row.values[s.id] = p.value
      row.info[s.id] = toPointInfo(dataset, s.label, s.unit, p)
      byX.set(p.dateMs, row)
    }
  const rows: PeriodRow[] = [...byX.entries()]
    .sort(([a], [b]) => a - b)
    .map(([x, r]) => ({
      x,
      label: periodLabel(x, period),
      values: r.values,
      info: r.info,
    }))
  const bars: ChartLine[] = same.map((s, i) => ({
    key: s.id,
    seriesId: s.id,
    label: s.label,
    role: 'observed',
    curve: 'linear',
    styleIndex: i,
    inLegend: true,
    unit: s.unit,
  }))
  const shownPoints = same.flatMap((s) =>
    s.points.filter((p) => isInRange(p.dateMs, range)).map((p) => ({ s, p })),
  )
  const max = maxOf(same.flatMap((s) => s.points).map((p) => p.value))
  const summary =
    shownPoints.length === 0
      ? `No ${period === 'year' ? 'annual' : 'monthly'} figures in ${formatRange(range)}.`
      : same
          .map((s) => {
            const pts = s.points.filter((p) => isInRange(p.dateMs, range))
            if (pts.length === 0) return `${s.label}: no figure in the range.`
            const hi = pts.reduce((a, b) => (b.value > a.value ? b : a))
            const lo = pts.reduce((a, b) => (b.value < a.value ? b : a))
            const last = pts[pts.length - 1]!
            return `${s.label}: highest ${formatValue(hi.value, s.unit)} (${periodLabel(hi.dateMs, period)}), lowest ${formatValue(lo.value, s.unit)} (${periodLabel(lo.dateMs, period)}), latest ${formatValue(last.value, s.unit)} (${periodLabel(last.dateMs, period)}).`
          })
          .join(' ') +
        ` No figure after ${formatLongDate(dataset.meta.asOfMs)}.`
  return {
    kind: 'period-bars',
    id: options.id,
    commodity,
    title: options.title,
    subtitle:
      period === 'year'
        ? `Every calendar year (annual context: not limited by ${formatRange(selected)})`
        : `${formatRange(range)} · months`,
    summary,
    takeaway: periodTakeaway(
      same.map((s) => ({
        series: s,
        points: s.points.filter((p) => isInRange(p.dateMs, range)),
      })),
      (ms) => periodLabel(ms, period),
      `No ${period === 'year' ? 'annual' : 'monthly'} figures in ${formatRange(range)}.`,
    ),
    rows,
    bars,
    yDomain: [0, computeAxisMax(max)],
    unit,
    table: lazyTable(
      `${options.title} — every figure shown, ${formatRange(range)}`,
      VALUE_COLUMNS,
      () => valueTableRows(dataset, same, range),
    ),
    sourceIds: [...pointSourceIds(same)],
    gaps: gapsFor(dataset, commodity),
    notes: same
      .filter((s) => s.description)
      .map((s) => `${s.label}: ${s.description}`),
  }
}
