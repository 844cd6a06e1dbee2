/** The plain-language summary of a soybean pledge figure, from its progress verdicts. */
import { formatLongDate, formatPercent, formatValue } from '@/domain/format'
import type { ObservedProgress, Progress } from '@/domain/progress'
import type { Dataset, Series, Target } from '@/domain/types'

function verdictText(p: ObservedProgress, target: Target): string {
  return p.deadlines
    .map((d) => {
      const when = formatLongDate(d.dateMs)
      switch (d.verdict) {
        case 'met':
          return `met by ${when}`
        case 'missed':
          return `not met by ${when}${d.ratioAtDeadline !== undefined ? ` (${formatPercent(d.ratioAtDeadline)} then)` : ''}`
        case 'unknown':
          return `${when}: unknown — no figure after ${formatLongDate(p.latest.dateMs)}${d.neededPerWeek !== undefined ? `; it needed ${formatValue(Math.max(0, d.neededPerWeek), target.unit)}/week from then` : ''}`
        case 'on-track':
        case 'behind':
          return `${when}: needs ${formatValue(Math.max(0, d.neededPerWeek ?? 0), target.unit)}/week (${d.verdict === 'on-track' ? 'on track' : 'behind'} at the current pace)`
        case 'no-data':
          return `${when}: no data`
      }
      return ''
    })
    .join('; ')
}

/** The figure's plain-language summary: each source's progress, deadline verdicts and caveats. */
export function summariseSoybeanProgress(
  dataset: Dataset,
  target: Target,
  tracked: readonly Series[],
  progress: readonly Progress[],
): string {
  const parts: string[] = []
  for (const p of progress) {
    const s = tracked.find((x) => x.id === p.seriesId)!
    if (p.kind === 'no-data') {
      parts.push(
        `${s.label}: no observation since ${formatLongDate(target.startMs)}.`,
      )
      continue
    }
    const pct =
      p.ratio !== undefined
        ? `, ${formatPercent(p.ratio)} of the ${formatValue(target.value, target.unit)} pledge`
        : ''
    const projection =
      p.kind === 'reached'
        ? ` The pledge was reached by this measure on ${formatLongDate(p.projectedMs)}.`
        : p.kind === 'on-pace'
          ? ` At the average pace since ${formatLongDate(target.startMs)} (${formatValue(p.pacePerWeek, target.unit)}/week) the pledge would be met by ${formatLongDate(p.projectedMs)}.`
          : p.pacePerWeek !== undefined && p.pacePerWeek > 0
            ? ' At the average pace so far the pledge is not met within 50 years.'
            : ' At a pace of zero the pledge is never met.'
    parts.push(
      `As of ${formatLongDate(p.latest.dateMs)}, ${s.label}: ${p.latest.approx ? 'about ' : ''}${formatValue(p.latest.value, s.unit)}${pct}.${projection} Deadlines: ${verdictText(p, target)}.`,
    )
  }
  if (tracked.length === 0)
    parts.push(
      `No series in this dataset measures progress toward this commitment: no purchase or import figures were found for its period.`,
    )
  if (!target.confirmed)
    parts.push(
      `China never publicly confirmed the ${formatValue(target.value, target.unit)} figure.`,
    )
  parts.push(
    `Nothing after ${formatLongDate(dataset.meta.asOfMs)} has been observed in this dataset.`,
  )
  return parts.join(' ')
}
