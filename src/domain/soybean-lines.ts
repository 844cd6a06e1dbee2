/** The lines of a soybean pledge chart: one per tracked source, the projection, the prorated path. */
import { type DateRange, isInRange } from '@/domain/date-range'
import { DAY_MS } from '@/domain/dates'
import { countAtOrBefore, countBefore } from '@/domain/point-index'
import { toPointInfo } from '@/domain/point-info'
import type { Progress } from '@/domain/progress'
import { perSeries } from '@/domain/series-memo'
import type { ChartLine, LinePoints } from '@/domain/time-chart'
import type { Dataset, Series, Target } from '@/domain/types'
import type { Lang } from '@/domain/i18n'
import { inLocale } from '@/domain/localized'
import { MEASURE_META } from '@/domain/vocabulary'

/** Every point observed or derived (not estimated): drawn as an observed line. */
const isAllObserved = perSeries((s) =>
  s.points.every((p) => p.status === 'observed' || p.status === 'derived'),
)

/** One line per shown source (never merged), its points inside the range. */
export function sourceLines(
  dataset: Dataset,
  shown: readonly Series[],
  range: DateRange,
  lang: Lang,
): LinePoints[] {
  return shown.map((s, i) => {
    const label = inLocale(s, 'label', lang.locale)
    const line: ChartLine = {
      key: s.id,
      seriesId: s.id,
      label: s.measure
        ? lang.t('figures.line.withMeasure', {
            label,
            // Lower case inside the English label ("(customs arrivals)"); Chinese has no case.
            measure: lang
              .t(MEASURE_META[s.measure].labelKey)
              .toLocaleLowerCase(lang.locale),
          })
        : label,
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
      infoOf: (p) => toPointInfo(dataset, line.label, s.unit, p, lang),
    }
  })
}

/** The current pace of the first tracked source with data, projected to the target (when shown). */
export function projectionLine(
  target: Target,
  progress: readonly Progress[],
  shown: readonly Series[],
  range: DateRange,
  lang: Lang,
): LinePoints | undefined {
  const projected = progress.find((p) => p.kind === 'on-pace')
  if (!projected || !shown.some((s) => s.id === projected.seriesId))
    return undefined
  return {
    line: {
      key: `${projected.seriesId}__projection`,
      seriesId: projected.seriesId,
      label: lang.t('figures.line.projection'),
      role: 'projection',
      curve: 'linear',
      styleIndex: shown.findIndex((s) => s.id === projected.seriesId),
      inLegend: true,
      unit: target.unit,
    },
    points: [
      { x: projected.latest.dateMs, y: projected.latest.value },
      { x: projected.projectedMs, y: target.value },
    ].filter((p) => isInRange(p.x, range)),
  }
}

/** Keys in the chart rows of a target's prorated path: [fast, slow]. */
export function pathKeysOf(target: Target): readonly [string, string] {
  return [`${target.id}__path-fast`, `${target.id}__path-slow`]
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
  const xs = [...new Set([target.startMs, first, last])].filter((x) =>
    isInRange(x, range),
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

/** The prorated path's two bounds, drawn as target lines (the band between them is an overlay). */
export function pathLines(
  target: Target,
  range: DateRange,
  lang: Lang,
): LinePoints[] {
  const path = pathPoints(target, range)
  const [fastKey, slowKey] = pathKeysOf(target)
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
  return [
    {
      line: pathLine(fastKey, lang.t('figures.line.pathEarliest')),
      points: path.fast,
    },
    {
      line: pathLine(slowKey, lang.t('figures.line.pathLatest')),
      points: path.slow,
    },
  ]
}
