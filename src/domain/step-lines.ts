/** Step-line construction for rates that hold until the next change (tariff layers). */
import type { Lang } from '@/domain/i18n'
import { inLocale } from '@/domain/localized'
import type { DateRange } from '@/domain/date-range'
import { countAtOrBefore, countBefore } from '@/domain/point-index'
import { perSeries } from '@/domain/series-memo'
import type { Series, SeriesPoint } from '@/domain/types'
import {
  type ChartLine,
  type LinePoint,
  type LinePoints,
  type PointInfo,
} from '@/domain/time-chart'
import { lazy } from '@/domain/lazy'

type Info = (point: SeriesPoint) => PointInfo

/**
 * The observed part of a step series: from the range start (or its first point)
 * to the as-of date (or the range end), never past what was observed.
 */
export function observedStepPoints(
  series: Series,
  range: DateRange,
  asOfMs: number,
): LinePoint[] {
  const points = series.points
  const end = Math.min(asOfMs, range.toMs)
  // Observed points are the first `observed` ones.
  const observed = countAtOrBefore(points, end)
  if (observed === 0) return []
  const out: LinePoint[] = []
  const carried =
    points[Math.min(countAtOrBefore(points, range.fromMs), observed) - 1]
  if (carried && carried.dateMs < range.fromMs)
    out.push({ x: range.fromMs, y: carried.value, source: carried })
  for (let i = countBefore(points, range.fromMs); i < observed; i++) {
    const p = points[i]!
    out.push({ x: p.dateMs, y: p.value, source: p })
  }
  const last = out[out.length - 1]
  if (last && last.x < end) out.push({ ...last, x: end })
  return out
}

/** The scheduled part: from the as-of date through scheduled changes to the range end. */
export function scheduledStepPoints(
  series: Series,
  range: DateRange,
  asOfMs: number,
): LinePoint[] {
  const points = series.points
  // Points after the as-of date start here.
  const firstLater = countAtOrBefore(points, asOfMs)
  if (
    firstLater === points.length ||
    points[firstLater]!.dateMs > range.toMs ||
    asOfMs >= range.toMs
  )
    return []
  const start = Math.max(asOfMs, range.fromMs)
  const out: LinePoint[] = []
  const inEffect = points[countAtOrBefore(points, start) - 1]
  if (inEffect) out.push({ x: start, y: inEffect.value, source: inEffect })
  for (
    let i = Math.max(firstLater, countBefore(points, start));
    i < points.length && points[i]!.dateMs <= range.toMs;
    i++
  ) {
    const p = points[i]!
    out.push({ x: p.dateMs, y: p.value, source: p })
  }
  const last = out[out.length - 1]
  if (last && last.x < range.toMs) out.push({ ...last, x: range.toMs })
  return out
}

/**
 * The suspended portion that would snap back: value + suspended part, from each
 * point that suspends part of the rate until the suspension ends or the rate
 * changes. Separate intervals are split by a `null` so the line breaks.
 */
export function snapBackPoints(
  series: Series,
  range: DateRange,
  info: Info,
): LinePoints['points'] {
  const out: { x: number; y: number | null; info?: () => PointInfo }[] = []
  for (const i of suspendingIndices(series)) {
    const p = series.points[i]!
    if (p.suspendedValue === undefined) continue
    const next = series.points[i + 1]
    const until = Math.min(
      p.suspendedUntilMs ?? Infinity,
      next?.dateMs ?? Infinity,
      range.toMs,
    )
    const from = Math.max(p.dateMs, range.fromMs)
    if (!(from < until) || !Number.isFinite(until)) continue
    const y = p.value + p.suspendedValue
    const pointInfo = lazy((): PointInfo => ({
      ...info(p),
      value: y,
      note: `${p.suspendedValue} points suspended${p.suspendedUntilMs !== undefined ? ' until the date shown' : ''}; would snap back to ${y}`,
    }))
    const previous = out[out.length - 1]
    if (previous !== undefined && previous.x < from)
      out.push({ x: previous.x + 1, y: null })
    out.push({ x: from, y, info: pointInfo }, { x: until, y, info: pointInfo })
  }
  return out
}

/** Indices of the points that suspend part of the rate (few, even in long series). */
const suspendingIndices = perSeries((series): readonly number[] => {
  const out: number[] = []
  series.points.forEach((p, i) => {
    if (p.suspendedValue !== undefined && p.suspendedValue > 0) out.push(i)
  })
  return out
})

/** A series' line on the chart, labelled in the reader's language. */
export function lineFor(
  series: Series,
  role: ChartLine['role'],
  styleIndex: number,
  lang: Lang,
  suffix = '',
): ChartLine {
  return {
    key: `${series.id}${suffix}`,
    seriesId: series.id,
    label: inLocale(series, 'label', lang.locale),
    role,
    curve: series.kind === 'tariff-rate' ? 'step' : 'linear',
    styleIndex,
    inLegend: suffix === '',
    unit: series.unit,
  }
}
