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

/**
 * A figure's span inside the shared range: it starts no earlier than the first
 * of the month holding the day before its data begin (a pledge signed on
 * 30 Oct 2025 → 1 Oct 2025), so a chart does not open on empty months. A range
 * that ends before that keeps its own start.
 */
export function fitSpan(range: DateRange, dataFromMs: number): DateRange {
  const d = new Date(dataFromMs - 86_400_000)
  const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
  return start > range.fromMs && start < range.toMs
    ? { fromMs: start, toMs: range.toMs }
    : range
}

/** Largest value drawn in the rows of a chart (what the visible range shows), at least `floor`. */
export function maxOfRows(
  rows: readonly { values: Readonly<Record<string, number | null>> }[],
  floor = 0,
): number {
  let max = floor
  for (const row of rows)
    for (const v of Object.values(row.values))
      if (v !== null && v > max) max = v
  return max
}
