/**
 * "At a glance" card of a purchase pledge: each tracking source side by side
 * (never merged), judged against the latest stated deadline by the same
 * `computeProgress` that writes the pledge figure's summary.
 */
import { daysBetween } from '@/domain/dates'
import type { GlanceCard, KeyFigure } from '@/domain/glance/card'
import { punctuation } from '@/domain/punctuation'
import {
  DEADLINE_VERDICT,
  type Verdict,
  VERDICT_META,
  VERDICTS,
} from '@/domain/glance/verdicts'
import type { Lang } from '@/domain/i18n'
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
  lang: Lang,
): string {
  const d = target.deadlines[target.deadlines.length - 1]!
  const values = {
    which:
      target.deadlines.length > 1
        ? lang.t('glance.pledge.deadlineLatest', {
            count: target.deadlines.length,
          })
        : lang.t('glance.pledge.deadlineOnly'),
    date: d.approx
      ? lang.t('glance.pledge.deadlineDateApprox', {
          date: lang.date(d.dateMs),
        })
      : lang.date(d.dateMs),
  }
  const days = daysBetween(nowMs, d.dateMs)
  const asOf = lang.date(asOfMs)
  const stale = d.dateMs > asOfMs
  if (days > 0)
    return stale
      ? lang.t('glance.pledge.aheadStale', { ...values, days, asOf })
      : lang.t('glance.pledge.ahead', { ...values, days })
  if (days === 0)
    return stale
      ? lang.t('glance.pledge.todayStale', { ...values, asOf })
      : lang.t('glance.pledge.today', values)
  if (latestObservedMs !== undefined && latestObservedMs >= d.dateMs)
    return lang.t('glance.pledge.passed', values)
  return lang.t('glance.pledge.passedNoFigure', {
    ...values,
    last: lang.date(latestObservedMs ?? asOfMs),
  })
}

/** "Met (traders) · Deadline passed — outcome unknown (USDA, customs)". */
function detailOf(
  verdicts: readonly { name: string; verdict: Verdict }[],
  lang: Lang,
) {
  const p = punctuation(lang)
  const groups = new Map<Verdict, string[]>()
  for (const v of verdicts)
    groups.set(v.verdict, [...(groups.get(v.verdict) ?? []), v.name])
  return [...groups]
    .sort((a, b) => VERDICTS.indexOf(a[0]) - VERDICTS.indexOf(b[0]))
    .map(([v, names]) =>
      p.aside(lang.t(VERDICT_META[v].label), names.join(p.item)),
    )
    .join(' · ')
}

export function pledgeCard(
  dataset: Dataset,
  target: Target,
  nowMs: number,
  lang: Lang,
): GlanceCard {
  const punct = punctuation(lang)
  const asOf = dataset.meta.asOfMs
  const tracked = trackedSeries(dataset, target)
  const progress = tracked.map((s) => computeProgress(target, s, asOf, nowMs))
  const goal = lang.value(target.value, target.unit)
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
            value: lang.t('glance.pledge.noFigures'),
            context: lang.t('glance.pledge.noFiguresContext', { goal }),
            asOfMs: asOf,
          },
        ]
      : tracked.map((s, i) => {
          const p = progress[i]!
          const name = sourceName(s)
          if (p.kind === 'no-data')
            return {
              value: lang.t('glance.pledge.noData'),
              context: lang.t('glance.pledge.noDataContext', { goal }),
              source: name,
              asOfMs: asOf,
            }
          const amount = lang.value(p.latest.value, s.unit)
          const approx = p.latest.approx
          return {
            value:
              p.ratio !== undefined
                ? lang.percent(p.ratio)
                : approx
                  ? lang.t('glance.pledge.about', { amount })
                  : amount,
            context:
              p.ratio === undefined
                ? ''
                : p.ratio < 1 && p.latest.value > 0
                  ? lang.t(
                      approx
                        ? 'glance.pledge.ofGoalAbout'
                        : 'glance.pledge.ofGoalAmount',
                      { goal, amount },
                    )
                  : lang.t('glance.pledge.ofGoal', { goal }),
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
      verdictDetail: detailOf(perSource, lang),
    }),
    figures,
    deadline: deadlinePhrase(target, latestObserved, nowMs, asOf, lang),
    visual:
      bars.length > 0
        ? {
            kind: 'bars',
            bars,
            label: lang.t('glance.pledge.barsLabel', {
              goal,
              shares: bars
                .map((b) => punct.labelled(b.label, lang.percent(b.ratio)))
                .join(punct.item),
            }),
          }
        : { kind: 'none' },
    figureId: soybeanFigureId(target),
    commodity: target.commodity,
    span: [target.startMs, target.deadlines[last]!.dateMs],
  }
}
