/**
 * Progress of a purchase commitment: share of the target reached, the pace so far,
 * where that pace leads, and the run-rate still needed for each stated deadline.
 * Never returns NaN or Infinity: impossible quantities are `undefined`.
 */
import { DAY_MS } from '@/domain/dates'
import { countAtOrBefore } from '@/domain/point-index'
import type { Dataset, Series, SeriesPoint, Target } from '@/domain/types'

export type DeadlineVerdict =
  /** Target reached on or before the deadline. */
  | 'met'
  /** Deadline passed before the target was reached (by the latest observation). */
  | 'missed'
  /** Deadline still ahead and the current pace reaches the target in time. */
  | 'on-track'
  /** Deadline still ahead and the current pace is too slow. */
  | 'behind'
  /** The deadline passed after the last observation: the data cannot tell. */
  | 'unknown'
  /** No observation to judge by. */
  | 'no-data'

export interface DeadlineProgress {
  deadlineId: string
  label: string
  dateMs: number
  verdict: DeadlineVerdict
  /** Volume per week still needed from the latest observation to the deadline. */
  neededPerWeek?: number
  /** Share of the target reached by the deadline (last observation on or before it). */
  ratioAtDeadline?: number
}

interface ProgressBase {
  targetId: string
  seriesId: string
  deadlines: readonly DeadlineProgress[]
}

/** What the latest observation says (on or before the as-of date). */
interface Observed extends ProgressBase {
  latest: SeriesPoint
  /** latest / target; may exceed 1. */
  ratio?: number
  /** Average volume per week from the target's start to the latest observation. */
  pacePerWeek?: number
}

/** No observation since the target's start. */
export interface NoDataProgress extends ProgressBase {
  kind: 'no-data'
  reached: false
  latest?: undefined
  ratio?: undefined
  pacePerWeek?: undefined
  projectedMs?: undefined
}

/** The target was reached: `projectedMs` is the first date at or above it. */
export interface ReachedProgress extends Observed {
  kind: 'reached'
  reached: true
  projectedMs: number
}

/** Not reached; at the average pace so far it is, on `projectedMs`. */
export interface OnPaceProgress extends Observed {
  kind: 'on-pace'
  reached: false
  pacePerWeek: number
  projectedMs: number
}

/** Not reached, and the pace so far never reaches it (zero, or beyond the horizon). */
export interface StalledProgress extends Observed {
  kind: 'stalled'
  reached: false
  projectedMs?: undefined
}

export type Progress =
  NoDataProgress | ReachedProgress | OnPaceProgress | StalledProgress

/** Progress with a latest observation to judge by. */
export type ObservedProgress = Exclude<Progress, NoDataProgress>

const WEEK_MS = 7 * DAY_MS

/** Projections further out than this are "not within 50 years", not a date. */
export const PROJECTION_HORIZON_MS = 50 * 365 * DAY_MS

/** A number only when it is finite: tiny paces and targets can overflow. */
function finite(x: number): number | undefined {
  return Number.isFinite(x) ? x : undefined
}

/** The last point dated in [from, to], if any. */
function lastBetween(
  points: readonly SeriesPoint[],
  fromMs: number,
  toMs: number,
): SeriesPoint | undefined {
  // Points are in date order: the last one dated ≤ to, if it is ≥ from.
  const last = points[countAtOrBefore(points, toMs) - 1]
  return last !== undefined && last.dateMs >= fromMs ? last : undefined
}

export function computeProgress(
  target: Target,
  series: Series,
  asOfMs: number,
  /** Today: a deadline already passed in real time is never "on track". */
  nowMs: number = asOfMs,
): Progress {
  const base = { targetId: target.id, seriesId: series.id }
  const latest = lastBetween(series.points, target.startMs, asOfMs)
  if (latest === undefined)
    return {
      ...base,
      kind: 'no-data',
      reached: false,
      deadlines: target.deadlines.map((d) => ({
        deadlineId: d.id,
        label: d.label,
        dateMs: d.dateMs,
        verdict: 'no-data' as const,
      })),
    }
  const ratio =
    target.value > 0 ? finite(latest.value / target.value) : undefined
  const elapsed = latest.dateMs - target.startMs
  const pacePerWeek =
    elapsed > 0 ? finite((latest.value / elapsed) * WEEK_MS) : undefined
  const firstReach = series.points.find(
    (p) =>
      p.dateMs >= target.startMs &&
      p.dateMs <= asOfMs &&
      p.value >= target.value,
  )
  let projectedMs: number | undefined
  if (firstReach) projectedMs = firstReach.dateMs
  else if (pacePerWeek !== undefined && pacePerWeek > 0) {
    const ahead = ((target.value - latest.value) / pacePerWeek) * WEEK_MS
    if (Number.isFinite(ahead) && ahead <= PROJECTION_HORIZON_MS)
      projectedMs = Math.round(latest.dateMs + ahead)
  }

  const deadlines = target.deadlines.map((d): DeadlineProgress => {
    const common = { deadlineId: d.id, label: d.label, dateMs: d.dateMs }
    const atDeadline = lastBetween(
      series.points,
      target.startMs,
      Math.min(d.dateMs, asOfMs),
    )
    const ratioAtDeadline =
      atDeadline !== undefined && target.value > 0
        ? finite(atDeadline.value / target.value)
        : undefined
    const withRatio = ratioAtDeadline !== undefined ? { ratioAtDeadline } : {}
    if (firstReach && firstReach.dateMs <= d.dateMs)
      return { ...common, ...withRatio, verdict: 'met' }
    if (d.dateMs <= latest.dateMs)
      return { ...common, ...withRatio, verdict: 'missed' }
    const neededPerWeek = finite(
      ((target.value - latest.value) / (d.dateMs - latest.dateMs)) * WEEK_MS,
    )
    const needed = neededPerWeek !== undefined ? { neededPerWeek } : {}
    // Passed after the last observation: what was needed is known, the outcome is not.
    if (d.dateMs <= asOfMs || d.dateMs <= nowMs)
      return { ...common, ...withRatio, ...needed, verdict: 'unknown' }
    const onTrack = projectedMs !== undefined && projectedMs <= d.dateMs
    return {
      ...common,
      ...withRatio,
      ...needed,
      verdict: onTrack ? 'on-track' : 'behind',
    }
  })

  const observed = {
    ...base,
    latest,
    ...(ratio !== undefined && { ratio }),
    deadlines,
  }
  if (firstReach)
    return {
      ...observed,
      kind: 'reached',
      reached: true,
      ...(pacePerWeek !== undefined && { pacePerWeek }),
      projectedMs: firstReach.dateMs,
    }
  if (projectedMs !== undefined && pacePerWeek !== undefined)
    return {
      ...observed,
      kind: 'on-pace',
      reached: false,
      pacePerWeek,
      projectedMs,
    }
  return {
    ...observed,
    kind: 'stalled',
    reached: false,
    ...(pacePerWeek !== undefined && { pacePerWeek }),
  }
}

/** The series that track a target, in the target's order (missing ids skipped). */
export function trackedSeries(dataset: Dataset, target: Target): Series[] {
  return target.trackedBy
    .map((id) => dataset.series.find((s) => s.id === id))
    .filter((s): s is Series => s !== undefined)
}
