/**
 * Each figure's takeaway: the one or two sentences a reader needs first,
 * computed from the same data as the figure's full summary (which stays
 * behind "Details"). Pure; dates and values are formatted as in the summary.
 */
import { formatLongDate, formatPercent, formatValue } from '@/domain/format'
import type { DeadlineVerdict, Progress } from '@/domain/progress'
import { peakOf, valueAt } from '@/domain/tariff-series'
import type {
  ControlMeasure,
  Series,
  SeriesPoint,
  Target,
} from '@/domain/types'
import type { Direction } from '@/domain/vocabulary'

const WHO: Record<Direction, string> = {
  'us-on-china': 'US tariffs on Chinese goods',
  'china-on-us': 'China’s tariffs on US goods',
}

/** "As of 29 Jun 2026, the headline stood at 47%, down from a peak of 145% (10 Apr 2025)." */
export function tariffTakeaway(
  asOfMs: number,
  direction: Direction,
  layers: readonly Series[],
  headline: Series | undefined,
): string {
  const asOf = formatLongDate(asOfMs)
  const now = headline && valueAt(headline, asOfMs)
  if (headline && now !== undefined) {
    const peak = peakOf(headline)
    const trend =
      peak.value > now
        ? `, down from a peak of ${formatValue(peak.value, headline.unit)} (${formatLongDate(peak.dateMs)})`
        : ''
    return `As of ${asOf}, ${headline.label} stood at ${formatValue(now, headline.unit)}${trend}.`
  }
  const inForce = layers
    .map((s) => ({ s, v: valueAt(s, asOfMs) ?? 0 }))
    .filter((x) => x.v > 0)
  if (inForce.length === 0)
    return `As of ${asOf}, no layer of ${WHO[direction]} shown here was above 0%.`
  const top = inForce.reduce((a, b) => (b.v > a.v ? b : a))
  return `As of ${asOf}, ${inForce.length} layer${inForce.length === 1 ? '' : 's'} of ${WHO[direction]} ${inForce.length === 1 ? 'was' : 'were'} in force; the highest, ${top.s.label}, at ${formatValue(top.v, top.s.unit)}.`
}

/** How many of the measures shown were paused on the as-of date, and when those pauses end (or were due to). */
export function pauseTakeaway(
  measures: readonly ControlMeasure[],
  asOfMs: number,
  nowMs: number,
): string {
  const asOf = formatLongDate(asOfMs)
  if (measures.length === 0) return 'No measure is shown.'
  const pauses = measures.flatMap((m) =>
    m.windows.filter(
      (w) =>
        w.state === 'paused' &&
        w.startMs <= asOfMs &&
        (w.endMs === null || w.endMs > asOfMs),
    ),
  )
  const n = measures.length
  if (pauses.length === 0)
    return `None of the ${n} measures shown was paused on ${asOf}.`
  const count = new Set(
    measures.filter((m) => m.windows.some((w) => pauses.includes(w))),
  ).size
  const first = `${count} of the ${n} measures shown ${count === 1 ? 'was' : 'were'} paused on ${asOf}.`
  const ends = [
    ...new Set(pauses.flatMap((w) => (w.endMs === null ? [] : [w.endMs]))),
  ].sort((a, b) => a - b)
  if (ends.length === 0) return `${first} No end has been announced.`
  const when =
    ends.length === 1
      ? formatLongDate(ends[0]!)
      : `between ${formatLongDate(ends[0]!)} and ${formatLongDate(ends[ends.length - 1]!)}`
  const last = ends[ends.length - 1]!
  return last < nowMs
    ? `${first} ${ends.length === 1 ? 'It was' : 'They were'} due to end ${when}; no data after ${asOf}, so whether ${ends.length === 1 ? 'it was' : 'they were'} extended is unknown.`
    : `${first} ${ends.length === 1 ? 'It is' : 'They are'} due to end ${when} (scheduled, not observed).`
}

const VERDICT_WORDS: Record<DeadlineVerdict, string> = {
  met: 'met',
  missed: 'not met',
  'on-track': 'on track',
  behind: 'behind',
  unknown: 'outcome unknown',
  'no-data': 'no data',
}

/**
 * Each source's share of the pledge, side by side (never merged), then the
 * verdict at the last deadline, per source when sources disagree.
 */
export function soybeanTakeaway(
  target: Target,
  tracked: readonly Series[],
  progress: readonly Progress[],
): string {
  const pledge = formatValue(target.value, target.unit)
  if (tracked.length === 0)
    return `No series in this dataset measures progress toward the ${pledge} pledge.`
  const shares = progress.map((p) => {
    const s = tracked.find((x) => x.id === p.seriesId)
    const label = s?.label ?? p.seriesId
    if (p.kind === 'no-data') return `${label}: no data`
    const share =
      p.ratio !== undefined
        ? formatPercent(p.ratio)
        : formatValue(p.latest.value, s?.unit ?? target.unit)
    return `${label} ${share} (${formatLongDate(p.latest.dateMs)})`
  })
  // The verdict at the last deadline, counted by source when sources differ.
  const last = progress.flatMap((p) => p.deadlines.slice(-1))
  const counts = new Map<string, number>()
  for (const d of last)
    counts.set(
      VERDICT_WORDS[d.verdict],
      (counts.get(VERDICT_WORDS[d.verdict]) ?? 0) + 1,
    )
  const words =
    counts.size === 1
      ? [...counts.keys()][0]
      : [...counts]
          .map(([w, n]) => `${w} by ${n} source${n === 1 ? '' : 's'}`)
          .join(', ')
  const deadline = last[0]
    ? ` Deadline ${formatLongDate(last[0].dateMs)}: ${words}.`
    : ''
  return `Of the ${pledge} pledge: ${shares.join(' · ')}.${deadline}`
}

/** The latest figure of each series within the range: "Latest: A 1.2 Mt (Mar 2026); B 0.8 Mt (Feb 2026)." */
export function periodTakeaway(
  inRange: readonly { series: Series; points: readonly SeriesPoint[] }[],
  periodLabel: (ms: number) => string,
  empty: string,
): string {
  const latest = inRange.flatMap(({ series, points }) => {
    const last = points[points.length - 1]
    return last
      ? [
          `${series.label} ${formatValue(last.value, series.unit)} (${periodLabel(last.dateMs)})`,
        ]
      : []
  })
  return latest.length === 0 ? empty : `Latest: ${latest.join('; ')}.`
}
