/**
 * "At a glance" card of one tariff direction: the headline rate applied at the
 * as-of date (or, without a headline series, the first layer with a suspended
 * part), what it is made of, and its next or last scheduled change.
 */
import type { GlanceCard } from '@/domain/glance/card'
import { punctuation } from '@/domain/punctuation'
import { dueDates, duePhrase, verdictOf } from '@/domain/glance/tariff-due'
import type { Lang, MessageKey } from '@/domain/i18n'
import { observedStepPoints } from '@/domain/step-lines'
import {
  appliedPointAt,
  isClaimSeries,
  layersInForce,
  peakOf,
  snapBacksAt,
} from '@/domain/tariff-series'
import { tariffFigureId } from '@/domain/tariff-view'
import type { Dataset, Series } from '@/domain/types'
import type { Direction } from '@/domain/vocabulary'

/** Each direction's card title. */
const TITLE: Record<Direction, MessageKey> = {
  'us-on-china': 'glance.tariff.title.usOnChina',
  'china-on-us': 'glance.tariff.title.chinaOnUs',
}

/** The headline series, else the first applied layer with a part suspended at the as-of date. */
function keySeries(layers: readonly Series[], asOfMs: number) {
  return (
    layers.find((s) => s.headline && appliedPointAt(s, asOfMs)) ??
    layers.find((s) => !isClaimSeries(s) && snapBacksAt([s], asOfMs).length > 0)
  )
}

function sparkline(key: Series, asOfMs: number, lang: Lang) {
  const first = key.points[0]!
  const points = observedStepPoints(
    key,
    { fromMs: first.dateMs, toMs: Math.max(asOfMs, first.dateMs) },
    asOfMs,
  ).flatMap((p) => (p.y === null ? [] : [[p.x, p.y] as const]))
  const peak = peakOf(key)
  return {
    kind: 'sparkline' as const,
    points,
    label: lang.t('glance.tariff.sparkline', {
      label: key.label,
      start: lang.date(first.dateMs),
      peak: lang.value(peak.value, key.unit),
      date: lang.date(peak.dateMs),
    }),
  }
}

export function tariffCard(
  dataset: Dataset,
  direction: Direction,
  nowMs: number,
  lang: Lang,
): GlanceCard | undefined {
  const p = punctuation(lang)
  const asOf = dataset.meta.asOfMs
  const layers = dataset.series.filter(
    (s) =>
      s.commodity === 'tariffs' &&
      s.direction === direction &&
      s.kind === 'tariff-rate',
  )
  if (layers.length === 0) return undefined
  const base = {
    id: `tariffs-${direction}`,
    title: lang.t(TITLE[direction]),
    figureId: tariffFigureId(direction),
    commodity: 'tariffs' as const,
    direction,
  }
  const key = keySeries(layers, asOf)
  const keyPoint = key && appliedPointAt(key, asOf)
  const inForce = layersInForce(layers, asOf)
  if (!key || !keyPoint) {
    // No headline: the range of the layers in force, if any.
    const values = inForce.map((x) => x.value)
    if (values.length === 0)
      return {
        ...base,
        verdict: 'no-data',
        figures: [
          {
            value: lang.t('glance.tariff.noRate'),
            context: lang.t('glance.tariff.noRateContext', {
              date: lang.date(asOf),
            }),
            asOfMs: asOf,
          },
        ],
        deadline: duePhrase(dueDates(layers, asOf, lang)[0], nowMs, asOf, lang),
        visual: { kind: 'none' },
      }
    const lo = lang.value(Math.min(...values), 'pct')
    const hi = lang.value(Math.max(...values), 'pct')
    const due = dueDates(
      inForce.map((x) => x.series),
      asOf,
      lang,
    )[0]
    return {
      ...base,
      verdict: verdictOf(due, nowMs, 1),
      figures: [
        {
          value: lo === hi ? lo : `${lo}–${hi}`,
          context: lang.t('glance.tariff.rangeContext', {
            count: values.length,
          }),
          asOfMs: asOf,
        },
      ],
      deadline: duePhrase(due, nowMs, asOf, lang),
      visual: { kind: 'none' },
    }
  }
  // The layers a headline total is made of: its `layer` text names them.
  const parts = key.headline
    ? inForce.filter(
        (x) =>
          x.series.layer !== undefined && key.layer?.includes(x.series.layer),
      )
    : []
  const watched = parts.length > 0 ? parts.map((x) => x.series) : [key]
  const due = dueDates(watched, asOf, lang, key)[0]
  const details = [
    ...(parts.length > 0
      ? [
          lang.t('glance.tariff.madeOf', {
            parts: parts
              .map((x) =>
                p.labelled(x.series.label, lang.value(x.value, x.series.unit)),
              )
              .join(p.clause),
          }),
        ]
      : []),
    ...(keyPoint.suspendedValue && keyPoint.suspendedUntilMs !== undefined
      ? [
          lang.t('glance.tariff.suspendedPoints', {
            points: keyPoint.suspendedValue,
            rate: lang.value(
              keyPoint.value + keyPoint.suspendedValue,
              key.unit,
            ),
          }),
        ]
      : []),
  ]
  return {
    ...base,
    verdict: verdictOf(due, nowMs, keyPoint.value),
    figures: [
      {
        value: lang.value(keyPoint.value, key.unit),
        context: lang.t('glance.tariff.rateContext', {
          label: key.label,
          date: lang.date(keyPoint.dateMs),
        }),
        asOfMs: asOf,
      },
    ],
    ...(details.length > 0 && { detail: details.join(p.stop) }),
    deadline: duePhrase(due, nowMs, asOf, lang),
    visual: sparkline(key, asOf, lang),
  }
}
