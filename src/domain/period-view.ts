/** View model of per-period amounts (monthly or annual): customs imports, magnet exports. */
import type { Commodity } from '@/domain/commodities'
import {
  type DateRange,
  formatRange,
  isInRange,
  RANGE_LIMITS,
} from '@/domain/date-range'
import { lazyTable, valueColumns, valueTableRows } from '@/domain/figure-table'
import type { Lang, MessageKey } from '@/domain/i18n'
import { joinSentences } from '@/domain/punctuation'
import { inLocale } from '@/domain/localized'
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
  /** Axis label: '2025' or 'Sep 2025' · '2025年' or '2025年9月'. */
  label: string
}

export interface PeriodBarsFigureModel extends FigureModel {
  kind: 'period-bars'
  rows: readonly PeriodRow[]
  bars: readonly ChartLine[]
  yDomain: readonly [number, number]
  unit: Series['unit']
}

function periodLabel(ms: number, period: Period, lang: Lang): string {
  return period === 'year'
    ? lang.t('figures.period.year', {
        year: String(new Date(ms).getUTCFullYear()),
      })
    : lang.monthYear(ms)
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
  options: { id: string; titleKey: MessageKey },
  lang: Lang,
): PeriodBarsFigureModel | undefined {
  const title = lang.t(options.titleKey)
  const labelOf = (s: Series) => inLocale(s, 'label', lang.locale)
  const labelAt = (ms: number) => periodLabel(ms, period, lang)
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
      row.info[s.id] = toPointInfo(dataset, labelOf(s), s.unit, p, lang)
      byX.set(p.dateMs, row)
    }
  const rows: PeriodRow[] = [...byX.entries()]
    .sort(([a], [b]) => a - b)
    .map(([x, r]) => ({
      x,
      label: labelAt(x),
      values: r.values,
      info: r.info,
    }))
  const bars: ChartLine[] = same.map((s, i) => ({
    key: s.id,
    seriesId: s.id,
    label: labelOf(s),
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
  const empty = lang.t(
    period === 'year'
      ? 'figures.summary.period.noAnnual'
      : 'figures.summary.period.noMonthly',
    { range: formatRange(range, lang) },
  )
  const summary =
    shownPoints.length === 0
      ? empty
      : joinSentences(
          [
            ...same.map((s) => {
              const pts = s.points.filter((p) => isInRange(p.dateMs, range))
              if (pts.length === 0)
                return lang.t('figures.summary.period.noneInRange', {
                  label: labelOf(s),
                })
              const hi = pts.reduce((a, b) => (b.value > a.value ? b : a))
              const lo = pts.reduce((a, b) => (b.value < a.value ? b : a))
              const last = pts[pts.length - 1]!
              return lang.t('figures.summary.period.series', {
                label: labelOf(s),
                high: lang.value(hi.value, s.unit),
                highAt: labelAt(hi.dateMs),
                low: lang.value(lo.value, s.unit),
                lowAt: labelAt(lo.dateMs),
                latest: lang.value(last.value, s.unit),
                latestAt: labelAt(last.dateMs),
              })
            }),
            lang.t('figures.summary.period.noneAfter', {
              date: lang.date(dataset.meta.asOfMs),
            }),
          ],
          lang,
        )
  return {
    kind: 'period-bars',
    id: options.id,
    commodity,
    title,
    subtitle:
      period === 'year'
        ? lang.t('figures.subtitle.period.years', {
            range: formatRange(selected, lang),
          })
        : lang.t('figures.subtitle.period.months', {
            range: formatRange(range, lang),
          }),
    summary,
    takeaway: periodTakeaway(
      same.map((s) => ({
        series: s,
        points: s.points.filter((p) => isInRange(p.dateMs, range)),
      })),
      labelAt,
      empty,
      lang,
    ),
    rows,
    bars,
    yDomain: [0, computeAxisMax(max)],
    unit,
    table: lazyTable(
      lang.t('figures.table.caption.period', {
        title,
        range: formatRange(range, lang),
      }),
      valueColumns(lang),
      () => valueTableRows(dataset, same, range, lang),
    ),
    sourceIds: [...pointSourceIds(same)],
    gaps: gapsFor(dataset, commodity, lang),
    notes: same
      .filter((s) => s.description)
      .map((s) =>
        lang.t('figures.note.series', {
          label: labelOf(s),
          description: inLocale(s, 'description', lang.locale),
        }),
      ),
  }
}
