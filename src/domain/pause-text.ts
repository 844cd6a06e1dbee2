/** What the pause figure says in words: countdowns, window descriptions, its summary. */
import { formatLongDate } from '@/domain/format'
import { outcomeUnknown } from '@/domain/outcome'
import { latestPause, pauseEnd } from '@/domain/pause-end'
import type { ControlMeasure, Dataset, TimeWindow } from '@/domain/types'
import { WINDOW_STATE_META } from '@/domain/vocabulary'

/**
 * "pause due to end in 12 days" / "was due to end 10 Nov 2026 — outcome
 * unknown (no data after 29 Jun 2026)" / "pause ended 10 Nov 2025" (observed),
 * relative to today. A scheduled end that has passed is never read as ended.
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
      return `pause due to end in ${plural(end.days)}`
    case 'today':
      return `pause due to end today — ${outcomeUnknown(asOfMs)}`
    case 'due-passed':
      return `was due to end ${formatLongDate(end.endMs)} — ${outcomeUnknown(asOfMs)}`
  }
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
    const pause = latestPause(m)
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
