/** The plain-language summary of a soybean pledge figure, from its progress verdicts. */
import type { Lang } from '@/domain/i18n'
import { joinClauses, joinSentences } from '@/domain/punctuation'
import { inLocale } from '@/domain/localized'
import type { ObservedProgress, Progress } from '@/domain/progress'
import type { Dataset, Series, Target } from '@/domain/types'

/** Each deadline's verdict, a clause per deadline. */
function verdictText(p: ObservedProgress, target: Target, lang: Lang): string {
  const perWeek = (n: number | undefined) =>
    lang.value(Math.max(0, n ?? 0), target.unit)
  return joinClauses(
    p.deadlines.map((d) => {
      const date = lang.date(d.dateMs)
      switch (d.verdict) {
        case 'met':
          return lang.t('figures.summary.soy.met', { date })
        case 'missed':
          return d.ratioAtDeadline !== undefined
            ? lang.t('figures.summary.soy.missedShare', {
                date,
                share: lang.percent(d.ratioAtDeadline),
              })
            : lang.t('figures.summary.soy.missed', { date })
        case 'unknown': {
          const values = { date, latest: lang.date(p.latest.dateMs) }
          return d.neededPerWeek !== undefined
            ? lang.t('figures.summary.soy.unknownNeeded', {
                ...values,
                needed: perWeek(d.neededPerWeek),
              })
            : lang.t('figures.summary.soy.unknown', values)
        }
        case 'on-track':
          return lang.t('figures.summary.soy.onTrack', {
            date,
            needed: perWeek(d.neededPerWeek),
          })
        case 'behind':
          return lang.t('figures.summary.soy.behind', {
            date,
            needed: perWeek(d.neededPerWeek),
          })
        case 'no-data':
          return lang.t('figures.summary.soy.noData', { date })
      }
      return ''
    }),
    lang,
  )
}

/** Where the average pace leads: reached, met by a date, not within 50 years, never. */
function projectionText(
  p: ObservedProgress,
  target: Target,
  lang: Lang,
): string {
  if (p.kind === 'reached')
    return lang.t('figures.summary.soy.reached', {
      date: lang.date(p.projectedMs),
    })
  if (p.kind === 'on-pace')
    return lang.t('figures.summary.soy.onPace', {
      start: lang.date(target.startMs),
      pace: lang.value(p.pacePerWeek, target.unit),
      date: lang.date(p.projectedMs),
    })
  return p.pacePerWeek !== undefined && p.pacePerWeek > 0
    ? lang.t('figures.summary.soy.notWithin50Years')
    : lang.t('figures.summary.soy.zeroPace')
}

/** The figure's plain-language summary: each source's progress, deadline verdicts and caveats. */
export function summariseSoybeanProgress(
  dataset: Dataset,
  target: Target,
  tracked: readonly Series[],
  progress: readonly Progress[],
  lang: Lang,
): string {
  const parts: string[] = []
  const pledge = lang.value(target.value, target.unit)
  for (const p of progress) {
    const s = tracked.find((x) => x.id === p.seriesId)!
    const label = inLocale(s, 'label', lang.locale)
    if (p.kind === 'no-data') {
      parts.push(
        lang.t('figures.summary.soy.noObservation', {
          label,
          date: lang.date(target.startMs),
        }),
      )
      continue
    }
    const values = {
      date: lang.date(p.latest.dateMs),
      label,
      value: lang.value(p.latest.value, s.unit),
    }
    parts.push(
      p.ratio !== undefined
        ? lang.t(
            p.latest.approx
              ? 'figures.summary.soy.latestAboutShare'
              : 'figures.summary.soy.latestShare',
            { ...values, share: lang.percent(p.ratio), pledge },
          )
        : lang.t(
            p.latest.approx
              ? 'figures.summary.soy.latestAbout'
              : 'figures.summary.soy.latest',
            values,
          ),
      projectionText(p, target, lang),
      lang.t('figures.summary.soy.deadlines', {
        list: verdictText(p, target, lang),
      }),
    )
  }
  if (tracked.length === 0) parts.push(lang.t('figures.summary.soy.noSeries'))
  if (!target.confirmed)
    parts.push(lang.t('figures.summary.soy.unconfirmed', { pledge }))
  parts.push(
    lang.t('figures.summary.nothingAfter', {
      date: lang.date(dataset.meta.asOfMs),
    }),
  )
  return joinSentences(parts, lang)
}
