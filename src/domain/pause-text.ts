/** What the pause figure says in words: countdowns, window descriptions, its summary. */
import { punctuation } from '@/domain/punctuation'
import type { Lang, MessageKey } from '@/domain/i18n'
import { latestPause, pauseEnd } from '@/domain/pause-end'
import type { ControlMeasure, Dataset, TimeWindow } from '@/domain/types'
import type { WindowState } from '@/domain/vocabulary'

/**
 * "pause due to end in 12 days" / "was due to end 10 Nov 2026 — outcome
 * unknown (no data after 29 Jun 2026)" / "pause ended 10 Nov 2025" (observed),
 * relative to today. A scheduled end that has passed is never read as ended.
 */
export function computeCountdown(
  window: TimeWindow,
  nowMs: number,
  asOfMs: number,
  lang: Lang,
): string | undefined {
  if (window.state !== 'paused') return undefined
  const end = pauseEnd(window, nowMs, asOfMs)
  const asOf = lang.date(asOfMs)
  switch (end.kind) {
    case 'open':
      return lang.t('glance.countdown.open')
    case 'ended':
      return lang.t('glance.countdown.ended', { date: lang.date(end.endMs) })
    case 'ahead':
      return lang.t('glance.countdown.ahead', { days: end.days })
    case 'today':
      return lang.t('glance.countdown.today', { asOf })
    case 'due-passed':
      return lang.t('glance.countdown.duePassed', {
        date: lang.date(end.endMs),
        asOf,
      })
  }
}

/** A window in one phrase, by its state. */
const WINDOW_MESSAGE: Record<WindowState, MessageKey> = {
  'in-force': 'glance.window.inForce',
  paused: 'glance.window.paused',
  scheduled: 'glance.window.scheduled',
}

/** "Paused 10 Nov 2025 – 10 Nov 2026 (scheduled end, not observed)". */
export function describeWindow(w: TimeWindow, lang: Lang): string {
  const end =
    w.endMs === null
      ? lang.t('glance.window.noEnd')
      : w.endStatus === 'scheduled'
        ? lang.t('glance.window.scheduledEnd', { date: lang.date(w.endMs) })
        : lang.date(w.endMs)
  return lang.t(WINDOW_MESSAGE[w.state], { start: lang.date(w.startMs), end })
}

/** The figure's plain-language summary: each pause and its countdown, the measures never paused. */
export function summarisePauses(
  dataset: Dataset,
  measures: readonly ControlMeasure[],
  nowMs: number,
  lang: Lang,
): string {
  const p = punctuation(lang)
  const parts: string[] = []
  const asOf = dataset.meta.asOfMs
  for (const m of measures) {
    const pause = latestPause(m)
    if (pause)
      parts.push(
        lang.t('glance.pauses.measure', {
          label: m.label,
          reference: m.reference,
          date: lang.date(pause.startMs),
          countdown: computeCountdown(pause, nowMs, asOf, lang) ?? '',
        }),
      )
  }
  const never = measures.filter(
    (m) => m.side === 'china' && !m.windows.some((w) => w.state === 'paused'),
  )
  if (never.length > 0)
    parts.push(
      lang.t('glance.pauses.never', {
        measures: never
          .map((m) => p.aside(m.label, m.reference))
          .join(p.clause),
      }),
    )
  parts.push(
    lang.t('glance.pauses.computedFor', {
      today: lang.date(nowMs),
      asOf: lang.date(asOf),
    }),
  )
  return parts.join(p.gap)
}
