/** Axis maths of time charts: the y axis upper bound and reference lines inside the range. */
import { type DateRange, isInRange } from '@/domain/date-range'

/** Largest of many numbers without spreading them into arguments (100k+ would overflow). */
export function maxOf(values: Iterable<number>, floor = 0): number {
  let max = floor
  for (const v of values) if (v > max) max = v
  return max
}

/** Upper bound of the y axis: the data max rounded up to a readable step, never 0. */
export function computeAxisMax(max: number): number {
  // Below a billionth the data is zero for any reader (and 10 ** log10 underflows).
  if (!Number.isFinite(max) || max <= 1e-9) return 1
  const magnitude = 10 ** Math.floor(Math.log10(max))
  const candidates = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map(
    (step) => Math.ceil(max / (step * magnitude)) * step * magnitude,
  )
  return Number(Math.min(...candidates).toPrecision(12))
}

/** x of a reference line, when it falls inside the range. */
export function inRangeX(ms: number, range: DateRange): number | undefined {
  return isInRange(ms, range) ? ms : undefined
}
