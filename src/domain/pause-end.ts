/** Where a pause stands today against its scheduled end: countdowns for the swimlanes and the "At a glance" cards. */
import { daysBetween } from '@/domain/dates'
import { formatLongDate } from '@/domain/format'
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

/**
 * "pause ends in 12 days" / "pause ended 19 days ago — no later data" /
 * "pause ended 10 Nov 2025" (observed), relative to today.
 */
export function computeCountdown(
  window: TimeWindow,
  nowMs: number,
  asOfMs: number,
): string | undefined {
  if (window.state !== 'paused') return undefined
  const end = pauseEnd(window, nowMs, asOfMs)
  const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`
  switch (end.kind) {
    case 'open':
      return 'pause has no announced end'
    case 'ended':
      return `pause ended ${formatLongDate(end.endMs)}`
    case 'ahead':
      return `pause ends in ${plural(end.days)}`
    case 'today':
      return 'pause ends today'
    case 'due-passed':
      return `pause ended ${plural(end.days)} ago — no later data`
  }
}
