/**
 * "At a glance" card of a purchase pledge: each tracking source side by side
 * (never merged), judged against the latest stated deadline by the same
 * `computeProgress` that writes the pledge figure's summary.
 */
import { daysBetween } from '@/domain/dates'
import { formatLongDate, formatPercent, formatValue } from '@/domain/format'
import type { GlanceCard, KeyFigure } from '@/domain/glance/card'
import {
  DEADLINE_VERDICT,
  type Verdict,
  VERDICT_META,
  VERDICTS,
} from '@/domain/glance/verdicts'
import { computeProgress, trackedSeries } from '@/domain/progress'
import { soybeanFigureId } from '@/domain/soybean-view'
import type { Dataset, Series, Target } from '@/domain/types'

/** A series' name on a card: its short label, else its label. */
export function sourceName(series: Series): string {
  return series.shortLabel ?? series.label
}

function deadlinePhrase(
  target: Target,
  latestObservedMs: number | undefined,
  nowMs: number,
  asOfMs: number,
): string {
  const d = target.deadlines[target.deadlines.length - 1]!
  const n = target.deadlines.length
  const which = n > 1 ? `Latest of ${n} stated deadlines` : 'Deadline'
  const date = `${formatLongDate(d.dateMs)}${d.approx ? ' (approximate)' : ''}`
  const days = daysBetween(nowMs, d.dateMs)
  const stale =
    d.dateMs > asOfMs ? ` — no data after ${formatLongDate(asOfMs)}` : ''
  if (days > 0)
    return `${which}: ${date}, in ${days} day${days === 1 ? '' : 's'}${stale}`
  if (days === 0) return `${which}: today (${date})${stale}`
  if (latestObservedMs !== undefined && latestObservedMs >= d.dateMs)
    return `${which}, ${date}, passed`
  return `${which}, ${date}, passed — no figure after ${formatLongDate(latestObservedMs ?? asOfMs)}`
}

/** "Met (traders) · Deadline passed — outcome unknown (USDA, customs)". */
function detailOf(verdicts: readonly { name: string; verdict: Verdict }[]) {
  const groups = new Map<Verdict, string[]>()
  for (const v of verdicts)
    groups.set(v.verdict, [...(groups.get(v.verdict) ?? []), v.name])
  return [...groups]
    .sort((a, b) => VERDICTS.indexOf(a[0]) - VERDICTS.indexOf(b[0]))
    .map(([v, names]) => `${VERDICT_META[v].label} (${names.join(', ')})`)
    .join(' · ')
}

export function pledgeCard(
  dataset: Dataset,
  target: Target,
  nowMs: number,
): GlanceCard {
  const asOf = dataset.meta.asOfMs
  const tracked = trackedSeries(dataset, target)
  const progress = tracked.map((s) => computeProgress(target, s, asOf, nowMs))
  const goal = formatValue(target.value, target.unit)
  const last = target.deadlines.length - 1
  const perSource = tracked.map((s, i) => ({
    name: sourceName(s),
    verdict: DEADLINE_VERDICT[progress[i]!.deadlines[last]!.verdict],
  }))
  const withData = perSource.filter((v) => v.verdict !== 'no-data')
  const distinct = [...new Set(withData.map((v) => v.verdict))]
  const verdict: Verdict =
    distinct.length === 0
      ? 'no-data'
      : distinct.length === 1
        ? distinct[0]!
        : 'sources-disagree'
  const figures: KeyFigure[] =
    tracked.length === 0
      ? [
          {
            value: 'No figures',
            context: `toward ${goal}: nothing in the dataset tracks it`,
            asOfMs: asOf,
          },
        ]
      : tracked.map((s, i) => {
          const p = progress[i]!
          const name = sourceName(s)
          if (p.kind === 'no-data')
            return {
              value: 'No data',
              context: `toward ${goal}`,
              source: name,
              asOfMs: asOf,
            }
          const amount = `${p.latest.approx ? 'about ' : ''}${formatValue(p.latest.value, s.unit)}`
          return {
            value: p.ratio !== undefined ? formatPercent(p.ratio) : amount,
            context:
              p.ratio === undefined
                ? ''
                : p.ratio < 1 && p.latest.value > 0
                  ? `of ${goal} (${amount})`
                  : `of ${goal}`,
            source: name,
            asOfMs: p.latest.dateMs,
          }
        })
  const latestObserved = progress.reduce<number | undefined>(
    (max, p) =>
      p.kind !== 'no-data' && (max === undefined || p.latest.dateMs > max)
        ? p.latest.dateMs
        : max,
    undefined,
  )
  const bars = tracked.flatMap((s, i) => {
    const ratio = progress[i]!.ratio
    return ratio === undefined ? [] : [{ label: sourceName(s), ratio }]
  })
  return {
    id: `pledge-${target.id}`,
    title: target.label,
    verdict,
    ...(verdict === 'sources-disagree' && {
      verdictDetail: detailOf(perSource),
    }),
    figures,
    deadline: deadlinePhrase(target, latestObserved, nowMs, asOf),
    visual:
      bars.length > 0
        ? {
            kind: 'bars',
            bars,
            label: `Share of the ${goal} target: ${bars.map((b) => `${b.label} ${formatPercent(b.ratio)}`).join(', ')}`,
          }
        : { kind: 'none' },
    figureId: soybeanFigureId(target),
    commodity: target.commodity,
    span: [target.startMs, target.deadlines[last]!.dateMs],
  }
}
