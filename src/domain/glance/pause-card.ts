/**
 * "At a glance" card of a group of measures that can be paused (China's export
 * controls, the US-side suspensions): how many were paused at the as-of date
 * and when those pauses were due to end, by the swimlanes' own `pauseEnd`.
 */
import type { GlanceCard } from '@/domain/glance/card'
import { punctuation } from '@/domain/punctuation'
import type { Verdict } from '@/domain/glance/verdicts'
import type { Lang, MessageKey } from '@/domain/i18n'
import { latestPause, pauseEnd, type PauseEnd } from '@/domain/pause-end'
import { pauseFigureId } from '@/domain/pause-view'
import type { Commodity } from '@/domain/commodities'
import type { ControlMeasure, Dataset } from '@/domain/types'

export interface PauseGroup {
  id: string
  /** Catalogue keys: the card's title, what the count counts ("controls paused"), and both in one phrase. */
  title: MessageKey
  countLabel: MessageKey
  spokenCount: MessageKey
  measures: readonly ControlMeasure[]
  /** Whose swimlane figure the card links to. */
  figureCommodity: Commodity
}

/** The messages of a run of end dates: the first group, and each after it. */
interface GroupMessages {
  first: MessageKey
  next: MessageKey
}

/** "5 were due to end 10 Nov 2026, 1 on 27 Nov 2026". */
function groupPhrase(
  ends: readonly PauseEnd[],
  messages: (end: PauseEnd) => GroupMessages,
  lang: Lang,
): string {
  const counts = new Map<number, { end: PauseEnd; count: number }>()
  for (const e of ends) {
    if (e.kind === 'open' || e.kind === 'ended') continue
    const c = counts.get(e.endMs)
    counts.set(e.endMs, { end: e, count: (c?.count ?? 0) + 1 })
  }
  return [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(([ms, { end, count }], i) => {
      const m = messages(end)
      return lang.t(i === 0 ? m.first : m.next, {
        count,
        date: lang.date(ms),
        days: 'days' in end ? end.days : 0,
      })
    })
    .join(punctuation(lang).phrase)
}

const PASSED: GroupMessages = {
  first: 'glance.pause.passedFirst',
  next: 'glance.pause.passedNext',
}
const AHEAD: GroupMessages = {
  first: 'glance.pause.aheadFirst',
  next: 'glance.pause.aheadNext',
}
const TODAY: GroupMessages = {
  first: 'glance.pause.todayFirst',
  next: 'glance.pause.todayNext',
}

function deadlinePhrase(
  ends: readonly PauseEnd[],
  asOfMs: number,
  lang: Lang,
): string {
  const passed = ends.filter((e) => e.kind === 'due-passed')
  const ahead = ends.filter((e) => e.kind === 'ahead' || e.kind === 'today')
  const open = ends.filter((e) => e.kind === 'open').length
  const parts = [
    ...(passed.length > 0
      ? [
          lang.t('glance.pause.passed', {
            groups: groupPhrase(passed, () => PASSED, lang),
            asOf: lang.date(asOfMs),
          }),
        ]
      : []),
    ...(ahead.length > 0
      ? [groupPhrase(ahead, (e) => (e.kind === 'today' ? TODAY : AHEAD), lang)]
      : []),
    ...(open > 0 ? [lang.t('glance.pause.open', { count: open })] : []),
  ]
  return parts.length > 0
    ? parts.join(punctuation(lang).clause)
    : lang.t('glance.pause.none')
}

export function pauseCard(
  dataset: Dataset,
  group: PauseGroup,
  nowMs: number,
  lang: Lang,
): GlanceCard | undefined {
  const asOf = dataset.meta.asOfMs
  if (group.measures.length === 0) return undefined
  const active = group.measures.flatMap((m) => {
    const w = latestPause(m)
    if (!w || w.startMs > asOf) return []
    const end = pauseEnd(w, nowMs, asOf)
    return end.kind === 'ended' ? [] : [{ measure: m, end }]
  })
  const ends = active.map((a) => a.end)
  const verdict: Verdict =
    active.length === 0
      ? 'in-force'
      : ends.some((e) => e.kind === 'due-passed')
        ? 'expiry-passed'
        : 'paused'
  const total = group.measures.length
  const count = { active: active.length, total }
  return {
    id: group.id,
    title: lang.t(group.title),
    verdict,
    figures: [
      {
        value: lang.t('glance.pause.count', count),
        context: lang.t(group.countLabel),
        asOfMs: asOf,
      },
    ],
    ...(active.length > 0 &&
      active.length <= 3 && {
        detail: active
          .map((a) => a.measure.label)
          .join(punctuation(lang).clause),
      }),
    deadline: deadlinePhrase(ends, asOf, lang),
    visual: {
      kind: 'bars',
      bars: [
        { label: lang.t('glance.pause.bar'), ratio: active.length / total },
      ],
      label: lang.t(group.spokenCount, count),
    },
    figureId: pauseFigureId(group.figureCommodity),
    commodity: group.figureCommodity,
  }
}
