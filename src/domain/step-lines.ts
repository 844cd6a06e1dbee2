/** Step-line construction for rates that hold until the next change (tariff layers). */
import type { DateRange } from '@/domain/date-range'
import type { Series, SeriesPoint } from '@/domain/types'
import {
  type ChartLine,
  type LazyInfo,
  lazyInfo,
  type LinePoints,
  type PointInfo,
} from '@/domain/time-chart'

type Info = (point: SeriesPoint) => PointInfo

/** Index of the last point dated ≤ ms, or -1. */
export function lastIndexAtOrBefore(
  points: readonly SeriesPoint[],
  ms: number,
): number {
  let found = -1
  points.forEach((p, i) => {
    if (p.dateMs <= ms) found = i
  })
  return found
}

/**
 * The observed part of a step series: from the range start (or its first point)
 * to the as-of date (or the range end), never past what was observed.
 */
export function observedStepPoints(
  series: Series,
  range: DateRange,
  asOfMs: number,
  info: Info,
): LinePoints['points'] {
  const end = Math.min(asOfMs, range.toMs)
  const observed = series.points.filter((p) => p.dateMs <= end)
  if (observed.length === 0) return []
  const out: { x: number; y: number; info: LazyInfo }[] = []
  const carried = observed[lastIndexAtOrBefore(observed, range.fromMs)]
  if (carried && carried.dateMs < range.fromMs)
    out.push({
      x: range.fromMs,
      y: carried.value,
      info: lazyInfo(() => info(carried)),
    })
  for (const p of observed)
    if (p.dateMs >= range.fromMs)
      out.push({ x: p.dateMs, y: p.value, info: lazyInfo(() => info(p)) })
  const last = out[out.length - 1]
  if (last && last.x < end) out.push({ x: end, y: last.y, info: last.info })
  return out
}

/** The scheduled part: from the as-of date through scheduled changes to the range end. */
export function scheduledStepPoints(
  series: Series,
  range: DateRange,
  asOfMs: number,
  info: Info,
): LinePoints['points'] {
  const later = series.points.filter((p) => p.dateMs > asOfMs)
  if (
    later.length === 0 ||
    later[0]!.dateMs > range.toMs ||
    asOfMs >= range.toMs
  )
    return []
  const start = Math.max(asOfMs, range.fromMs)
  const out: { x: number; y: number; info: LazyInfo }[] = []
  const inEffect = series.points[lastIndexAtOrBefore(series.points, start)]
  if (inEffect)
    out.push({
      x: start,
      y: inEffect.value,
      info: lazyInfo(() => info(inEffect)),
    })
  for (const p of later)
    if (p.dateMs >= start && p.dateMs <= range.toMs)
      out.push({ x: p.dateMs, y: p.value, info: lazyInfo(() => info(p)) })
  const last = out[out.length - 1]
  if (last && last.x < range.toMs)
    out.push({ x: range.toMs, y: last.y, info: last.info })
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
  const out: { x: number; y: number | null; info?: LazyInfo }[] = []
  series.points.forEach((p, i) => {
    if (p.suspendedValue === undefined || p.suspendedValue <= 0) return
    const next = series.points[i + 1]
    const until = Math.min(
      p.suspendedUntilMs ?? Infinity,
      next?.dateMs ?? Infinity,
      range.toMs,
    )
    const from = Math.max(p.dateMs, range.fromMs)
    if (!(from < until) || !Number.isFinite(until)) return
    const y = p.value + p.suspendedValue
    const pointInfo = lazyInfo(() => ({
      ...info(p),
      value: y,
      note: `${p.suspendedValue} points suspended${p.suspendedUntilMs !== undefined ? ' until the date shown' : ''}; would snap back to ${y}`,
    }))
    const previous = out[out.length - 1]
    if (previous !== undefined && previous.x < from)
      out.push({ x: previous.x + 1, y: null })
    out.push({ x: from, y, info: pointInfo }, { x: until, y, info: pointInfo })
  })
  return out
}

export function maxOfSeries(series: readonly Series[]): number {
  let max = 0
  for (const s of series)
    for (const p of s.points)
      max = Math.max(max, p.value + (p.suspendedValue ?? 0), p.high ?? 0)
  return max
}

export function lineFor(
  series: Series,
  role: ChartLine['role'],
  styleIndex: number,
  suffix = '',
): ChartLine {
  return {
    key: `${series.id}${suffix}`,
    seriesId: series.id,
    label: series.label,
    role,
    curve: series.kind === 'tariff-rate' ? 'step' : 'linear',
    styleIndex,
    inLegend: suffix === '',
    unit: series.unit,
  }
}
