/** The plain-language summary of a tariff figure. */
import type { Lang, MessageKey } from '@/domain/i18n'
import { joinClauses, joinSentences } from '@/domain/punctuation'
import { inLocale } from '@/domain/localized'
import {
  layersInForce,
  type LayerPoint,
  peakOf,
  scheduledChanges,
  snapBacksAt,
  TARIFF_SUBJECT_KEY,
  valueAt,
} from '@/domain/tariff-series'
import type { Dataset, Series } from '@/domain/types'
import type { Direction } from '@/domain/vocabulary'

const labelOf = (s: Series, lang: Lang) => inLocale(s, 'label', lang.locale)

/** One scheduled change: passed ("was due … — outcome unknown") or to come. */
function scheduledText(
  { series: s, point: p }: LayerPoint,
  asOfMs: number,
  nowMs: number,
  lang: Lang,
): string {
  const values = { label: labelOf(s, lang), date: lang.date(p.dateMs) }
  const value = lang.value(p.value, s.unit)
  if (p.dateMs < nowMs) {
    const unknown = lang.t('figures.outcomeUnknown', {
      date: lang.date(asOfMs),
    })
    return p.value === 0
      ? lang.t('figures.summary.tariff.wasDueToEnd', { ...values, unknown })
      : lang.t('figures.summary.tariff.wasDueToBe', {
          ...values,
          value,
          unknown,
        })
  }
  return p.value === 0
    ? lang.t('figures.summary.tariff.toEnd', values)
    : lang.t('figures.summary.tariff.from', { ...values, value })
}

/** One suspended part that would snap back, with "outcome unknown" once its date has passed. */
function snapBackText(
  { series: s, point: p }: LayerPoint,
  asOfMs: number,
  nowMs: number,
  lang: Lang,
): string {
  const values = {
    label: labelOf(s, lang),
    points: p.suspendedValue ?? 0,
    date: lang.date(p.suspendedUntilMs!),
  }
  return p.suspendedUntilMs! < nowMs
    ? lang.t('figures.summary.tariff.snapBackPassed', {
        ...values,
        unknown: lang.t('figures.outcomeUnknown', { date: lang.date(asOfMs) }),
      })
    : lang.t('figures.summary.tariff.snapBack', values)
}

/**
 * The figure's plain-language summary: layers in force, the headline's peak,
 * what is scheduled or would snap back. A scheduled date passed by `nowMs`
 * reads "outcome unknown", never as having happened.
 */
export function summariseTariffs(
  dataset: Dataset,
  direction: Direction,
  layers: readonly Series[],
  headline: Series | undefined,
  nowMs: number,
  lang: Lang,
): string {
  const asOf = dataset.meta.asOfMs
  const date = lang.date(asOf)
  const who = lang.t(TARIFF_SUBJECT_KEY[direction])
  const parts: string[] = []
  const inForce = layersInForce(layers, asOf)
  parts.push(
    inForce.length > 0
      ? lang.t('figures.summary.tariff.inForce', {
          date,
          who,
          list: joinClauses(
            inForce.map(({ series: s, value }) =>
              lang.t('figures.summary.tariff.layer', {
                label: labelOf(s, lang),
                value: lang.value(value, s.unit),
              }),
            ),
            lang,
          ),
        })
      : lang.t('figures.summary.tariff.noneInForce', { date, who }),
  )
  if (headline) {
    const peak = peakOf(headline)
    const now = valueAt(headline, asOf)
    const values = {
      label: labelOf(headline, lang),
      peak: lang.value(peak.value, headline.unit),
      peakDate: lang.date(peak.dateMs),
    }
    parts.push(
      now !== undefined
        ? lang.t('figures.summary.tariff.peakNow', {
            ...values,
            now: lang.value(now, headline.unit),
            date,
          })
        : lang.t('figures.summary.tariff.peak', values),
    )
  }
  /** A list of changes, when there is any, is one sentence. */
  const listSentence = <T>(
    key: MessageKey,
    items: T[],
    text: (item: T) => string,
  ) => {
    if (items.length > 0)
      parts.push(lang.t(key, { list: joinClauses(items.map(text), lang) }))
  }
  listSentence(
    'figures.summary.tariff.scheduled',
    scheduledChanges(layers, asOf),
    (c) => scheduledText(c, asOf, nowMs, lang),
  )
  listSentence(
    'figures.summary.tariff.snapBacks',
    snapBacksAt(layers, asOf),
    (c) => snapBackText(c, asOf, nowMs, lang),
  )
  parts.push(lang.t('figures.summary.nothingAfter', { date }))
  return joinSentences(parts, lang)
}
