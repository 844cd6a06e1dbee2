/**
 * Each figure's takeaway: the one or two sentences a reader needs first,
 * computed from the same data as the figure's full summary (which stays
 * behind "Details"). Pure; each sentence is one message per language
 * (src/locales/<locale>/figures.json).
 */
import type { Lang, MessageKey } from '@/domain/i18n'
import { joinList, joinSentences } from '@/domain/punctuation'
import { inLocale } from '@/domain/localized'
import type { DeadlineVerdict, Progress } from '@/domain/progress'
import { peakOf, TARIFF_SUBJECT_KEY, valueAt } from '@/domain/tariff-series'
import type {
  ControlMeasure,
  Series,
  SeriesPoint,
  Target,
} from '@/domain/types'
import type { Direction } from '@/domain/vocabulary'

/** "As of 29 Jun 2026, the headline stood at 47%, down from a peak of 145% (10 Apr 2025)." */
export function tariffTakeaway(
  asOfMs: number,
  direction: Direction,
  layers: readonly Series[],
  headline: Series | undefined,
  lang: Lang,
): string {
  const date = lang.date(asOfMs)
  const now = headline && valueAt(headline, asOfMs)
  if (headline && now !== undefined) {
    const peak = peakOf(headline)
    const values = {
      date,
      label: inLocale(headline, 'label', lang.locale),
      value: lang.value(now, headline.unit),
    }
    return peak.value > now
      ? lang.t('figures.takeaway.tariff.headlineDown', {
          ...values,
          peak: lang.value(peak.value, headline.unit),
          peakDate: lang.date(peak.dateMs),
        })
      : lang.t('figures.takeaway.tariff.headline', values)
  }
  const who = lang.t(TARIFF_SUBJECT_KEY[direction])
  const inForce = layers
    .map((s) => ({ s, v: valueAt(s, asOfMs) ?? 0 }))
    .filter((x) => x.v > 0)
  if (inForce.length === 0)
    return lang.t('figures.takeaway.tariff.noLayer', { date, who })
  const top = inForce.reduce((a, b) => (b.v > a.v ? b : a))
  return lang.t('figures.takeaway.tariff.layers', {
    date,
    who,
    count: inForce.length,
    label: inLocale(top.s, 'label', lang.locale),
    value: lang.value(top.v, top.s.unit),
  })
}

/** How many of the measures shown were paused on the as-of date, and when those pauses end (or were due to). */
export function pauseTakeaway(
  measures: readonly ControlMeasure[],
  asOfMs: number,
  nowMs: number,
  lang: Lang,
): string {
  const date = lang.date(asOfMs)
  if (measures.length === 0) return lang.t('figures.takeaway.pause.noMeasure')
  const pauses = measures.flatMap((m) =>
    m.windows.filter(
      (w) =>
        w.state === 'paused' &&
        w.startMs <= asOfMs &&
        (w.endMs === null || w.endMs > asOfMs),
    ),
  )
  const total = measures.length
  if (pauses.length === 0)
    return lang.t('figures.takeaway.pause.nonePaused', { total, date })
  const count = new Set(
    measures.filter((m) => m.windows.some((w) => pauses.includes(w))),
  ).size
  const first = lang.t('figures.takeaway.pause.paused', { count, total, date })
  const ends = [
    ...new Set(pauses.flatMap((w) => (w.endMs === null ? [] : [w.endMs]))),
  ].sort((a, b) => a - b)
  if (ends.length === 0)
    return joinSentences([first, lang.t('figures.takeaway.pause.noEnd')], lang)
  const when =
    ends.length === 1
      ? lang.date(ends[0]!)
      : lang.t('figures.takeaway.pause.between', {
          from: lang.date(ends[0]!),
          to: lang.date(ends[ends.length - 1]!),
        })
  const last = ends[ends.length - 1]!
  const second =
    last < nowMs
      ? lang.t('figures.takeaway.pause.wasDue', {
          count: ends.length,
          when,
          date,
        })
      : lang.t('figures.takeaway.pause.isDue', { count: ends.length, when })
  return joinSentences([first, second], lang)
}

/** The verdict at a deadline, one short word per language. */
export const VERDICT_KEYS: Record<DeadlineVerdict, MessageKey> = {
  met: 'figures.verdict.met',
  missed: 'figures.verdict.missed',
  'on-track': 'figures.verdict.onTrack',
  behind: 'figures.verdict.behind',
  unknown: 'figures.verdict.unknown',
  'no-data': 'figures.verdict.noData',
}

/**
 * Each source's share of the pledge, side by side (never merged), then the
 * verdict at the last deadline, per source when sources disagree.
 */
export function soybeanTakeaway(
  target: Target,
  tracked: readonly Series[],
  progress: readonly Progress[],
  lang: Lang,
): string {
  const pledge = lang.value(target.value, target.unit)
  if (tracked.length === 0)
    return lang.t('figures.takeaway.soy.noSeries', { pledge })
  const shares = progress.map((p) => {
    const s = tracked.find((x) => x.id === p.seriesId)
    const label = s ? inLocale(s, 'label', lang.locale) : p.seriesId
    if (p.kind === 'no-data')
      return lang.t('figures.takeaway.soy.shareNoData', { label })
    const share =
      p.ratio !== undefined
        ? lang.percent(p.ratio)
        : lang.value(p.latest.value, s?.unit ?? target.unit)
    return lang.t('figures.takeaway.soy.share', {
      label,
      share,
      date: lang.date(p.latest.dateMs),
    })
  })
  const sentences = [
    lang.t('figures.takeaway.soy.shares', {
      pledge,
      shares: joinList('share', shares, lang),
    }),
  ]
  // The verdict at the last deadline, counted by source when sources differ.
  const last = progress.flatMap((p) => p.deadlines.slice(-1))
  const counts = new Map<DeadlineVerdict, number>()
  for (const d of last) counts.set(d.verdict, (counts.get(d.verdict) ?? 0) + 1)
  const verdicts =
    counts.size === 1
      ? lang.t(VERDICT_KEYS[[...counts.keys()][0]!])
      : joinList(
          'phrase',
          [...counts].map(([verdict, count]) =>
            lang.t('figures.takeaway.soy.verdictBySources', {
              verdict: lang.t(VERDICT_KEYS[verdict]),
              count,
            }),
          ),
          lang,
        )
  if (last[0])
    sentences.push(
      lang.t('figures.takeaway.soy.deadline', {
        date: lang.date(last[0].dateMs),
        verdicts,
      }),
    )
  return joinSentences(sentences, lang)
}

/** The latest figure of each series within the range: "Latest: A 1.2 Mt (Mar 2026); B 0.8 Mt (Feb 2026)." */
export function periodTakeaway(
  inRange: readonly { series: Series; points: readonly SeriesPoint[] }[],
  periodLabel: (ms: number) => string,
  empty: string,
  lang: Lang,
): string {
  const latest = inRange.flatMap(({ series, points }) => {
    const last = points[points.length - 1]
    return last
      ? [
          lang.t('figures.takeaway.period.item', {
            label: inLocale(series, 'label', lang.locale),
            value: lang.value(last.value, series.unit),
            period: periodLabel(last.dateMs),
          }),
        ]
      : []
  })
  return latest.length === 0
    ? empty
    : lang.t('figures.takeaway.period.latest', {
        list: joinList('clause', latest, lang),
      })
}
