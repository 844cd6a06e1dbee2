/** What the pause figure says in words: countdowns, window descriptions, its summary. */
import { daysBetween } from '@/domain/dates'
import { formatLongDate } from '@/domain/format'
import type { ControlMeasure, Dataset, TimeWindow } from '@/domain/types'
import { WINDOW_STATE_META } from '@/domain/vocabulary'

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
  if (window.endMs === null) return 'pause has no announced end'
  const days = daysBetween(nowMs, window.endMs)
  if (window.endMs <= asOfMs)
    return `pause ended ${formatLongDate(window.endMs)}`
  if (days > 0) return `pause ends in ${days} day${days === 1 ? '' : 's'}`
  if (days === 0) return 'pause ends today'
  return `pause ended ${-days} day${days === -1 ? '' : 's'} ago — no later data`
}

export function describeWindow(w: TimeWindow): string {
  const end =
    w.endMs === null
      ? 'no end known'
      : `${formatLongDate(w.endMs)}${w.endStatus === 'scheduled' ? ' (scheduled end, not observed)' : ''}`
  return `${WINDOW_STATE_META[w.state].label} ${formatLongDate(w.startMs)} – ${end}`
}

/** The figure's plain-language summary: each pause and its countdown, the measures never paused. */
export function summarisePauses(
  dataset: Dataset,
  measures: readonly ControlMeasure[],
  nowMs: number,
): string {
  const parts: string[] = []
  const asOf = dataset.meta.asOfMs
  for (const m of measures) {
    const pause = [...m.windows].reverse().find((w) => w.state === 'paused')
    if (pause)
      parts.push(
        `${m.label} (${m.reference}): paused ${formatLongDate(pause.startMs)}; ${computeCountdown(pause, nowMs, asOf)}.`,
      )
  }
  const never = measures.filter(
    (m) => m.side === 'china' && !m.windows.some((w) => w.state === 'paused'),
  )
  if (never.length > 0)
    parts.push(
      `Never paused: ${never.map((m) => `${m.label} (${m.reference})`).join('; ')}.`,
    )
  parts.push(
    `Countdowns are computed for ${formatLongDate(nowMs)}; the data stop at ${formatLongDate(asOf)}, so whether any pause was extended is not known.`,
  )
  return parts.join(' ')
}
