/** Where a pause stands today against its scheduled end: the facts behind the swimlanes' countdowns (pause-text.ts) and the "At a glance" cards. */
import { daysBetween } from '@/domain/dates'
import type { ControlMeasure, TimeWindow } from '@/domain/types'

/** Where a pause stands today against its end, told apart as the data allow. */
export type PauseEnd =
  | { kind: 'open' }
  /** Ended on or before the as-of date: observed in the data. */
  | { kind: 'ended'; endMs: number }
  | { kind: 'ahead'; endMs: number; days: number }
  | { kind: 'today'; endMs: number }
  /** Its end date passed after the data stopped: whether it ended is unknown. */
  | { kind: 'due-passed'; endMs: number; days: number }

export function pauseEnd(
  window: TimeWindow,
  nowMs: number,
  asOfMs: number,
): PauseEnd {
  if (window.endMs === null) return { kind: 'open' }
  const endMs = window.endMs
  if (endMs <= asOfMs) return { kind: 'ended', endMs }
  const days = daysBetween(nowMs, endMs)
  if (days > 0) return { kind: 'ahead', endMs, days }
  if (days === 0) return { kind: 'today', endMs }
  return { kind: 'due-passed', endMs, days: -days }
}

/** A measure's latest pause window, if it was ever paused. */
export function latestPause(measure: ControlMeasure): TimeWindow | undefined {
  return [...measure.windows].reverse().find((w) => w.state === 'paused')
}
