/**
 * "At a glance" card of a group of measures that can be paused (China's export
 * controls, the US-side suspensions): how many were paused at the as-of date
 * and when those pauses were due to end, by the swimlanes' own `pauseEnd`.
 */
import { formatLongDate } from '@/domain/format'
import type { GlanceCard } from '@/domain/glance/card'
import type { Verdict } from '@/domain/glance/verdicts'
import { outcomeUnknown } from '@/domain/outcome'
import { latestPause, pauseEnd, type PauseEnd } from '@/domain/pause-end'
import { pauseFigureId } from '@/domain/pause-view'
import type { Commodity } from '@/domain/commodities'
import type { ControlMeasure, Dataset } from '@/domain/types'

export interface PauseGroup {
  id: string
  title: string
  measures: readonly ControlMeasure[]
  /** "controls paused", "suspensions in place". */
  countLabel: string
  /** Whose swimlane figure the card links to. */
  figureCommodity: Commodity
}

/** "5 were due to end 10 Nov 2026, 1 on 27 Nov 2026". */
function groupPhrase(
  ends: readonly { endMs: number }[],
  verb: (n: number) => string,
  suffix: (endMs: number) => string = () => '',
): string {
  const counts = new Map<number, number>()
  for (const e of ends) counts.set(e.endMs, (counts.get(e.endMs) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(
      ([ms, n], i) =>
        `${n} ${i === 0 ? verb(n) : 'on'} ${formatLongDate(ms)}${suffix(ms)}`,
    )
    .join(', ')
}

function deadlinePhrase(ends: readonly PauseEnd[], asOfMs: number): string {
  const passed = ends.filter((e) => e.kind === 'due-passed')
  const ahead = ends.filter((e) => e.kind === 'ahead' || e.kind === 'today')
  const open = ends.filter((e) => e.kind === 'open').length
  const parts = [
    ...(passed.length > 0
      ? [
          `${groupPhrase(passed, (n) => (n === 1 ? 'was due to end' : 'were due to end'))} — ${outcomeUnknown(asOfMs)}`,
        ]
      : []),
    ...(ahead.length > 0
      ? [
          groupPhrase(
            ahead,
            () => 'due to end',
            (ms) => {
              const e = ahead.find((x) => x.endMs === ms)!
              return e.kind === 'today' ? ' (today)' : ` (in ${e.days} days)`
            },
          ),
        ]
      : []),
    ...(open > 0 ? [`${open} with no announced end`] : []),
  ]
  return parts.length > 0
    ? parts.join('; ')
    : 'Nothing paused at the as-of date'
}

export function pauseCard(
  dataset: Dataset,
  group: PauseGroup,
  nowMs: number,
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
  const count = `${active.length} of ${total}`
  return {
    id: group.id,
    title: group.title,
    verdict,
    figures: [{ value: count, context: group.countLabel, asOfMs: asOf }],
    ...(active.length > 0 &&
      active.length <= 3 && {
        detail: active.map((a) => a.measure.label).join('; '),
      }),
    deadline: deadlinePhrase(ends, asOf),
    visual: {
      kind: 'bars',
      bars: [{ label: 'paused', ratio: active.length / total }],
      label: `${count} ${group.countLabel}`,
    },
    figureId: pauseFigureId(group.figureCommodity),
    commodity: group.figureCommodity,
  }
}
