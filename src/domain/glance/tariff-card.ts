/**
 * "At a glance" card of one tariff direction: the headline rate applied at the
 * as-of date (or, without a headline series, the first layer with a suspended
 * part), what it is made of, and its next or last scheduled change.
 */
import { daysBetween } from '@/domain/dates'
import { formatLongDate, formatValue } from '@/domain/format'
import type { GlanceCard } from '@/domain/glance/card'
import type { Verdict } from '@/domain/glance/verdicts'
import { outcomeUnknown } from '@/domain/outcome'
import { observedStepPoints } from '@/domain/step-lines'
import {
  appliedPointAt,
  isClaimSeries,
  layersInForce,
  peakOf,
  scheduledChanges,
  snapBacksAt,
  TARIFF_SUBJECT,
} from '@/domain/tariff-series'
import { tariffFigureId } from '@/domain/tariff-view'
import type { Dataset, Series } from '@/domain/types'
import type { Direction } from '@/domain/vocabulary'

interface Due {
  dateMs: number
  /** "Section 122 surcharge was due to end" is built from these. */
  what: string
  change: string
}

/** Scheduled changes and suspension ends of the watched layers, earliest first. */
function dueDates(
  watched: readonly Series[],
  asOfMs: number,
  key?: Series,
): Due[] {
  return [
    ...scheduledChanges(watched, asOfMs).map(({ series, point }) => ({
      dateMs: point.dateMs,
      what: series.label,
      change:
        point.value === 0
          ? 'end'
          : `change to ${formatValue(point.value, series.unit)}`,
    })),
    ...snapBacksAt(watched, asOfMs).map(({ series, point }) => ({
      dateMs: point.suspendedUntilMs!,
      what: `The ${point.suspendedValue}-point suspension${series === key ? '' : ` of ${series.label}`}`,
      change: 'end',
    })),
  ].sort((a, b) => a.dateMs - b.dateMs)
}

function duePhrase(due: Due | undefined, nowMs: number, asOfMs: number) {
  if (due === undefined) return 'No scheduled change in the data'
  const days = daysBetween(nowMs, due.dateMs)
  const date = formatLongDate(due.dateMs)
  if (days < 0)
    return `${due.what} was due to ${due.change} ${date} — ${outcomeUnknown(asOfMs)}`
  if (days === 0) return `${due.what} due to ${due.change} today (scheduled)`
  return `${due.what} due to ${due.change} ${date} (scheduled), in ${days} day${days === 1 ? '' : 's'}`
}

/** The headline series, else the first applied layer with a part suspended at the as-of date. */
function keySeries(layers: readonly Series[], asOfMs: number) {
  return (
    layers.find((s) => s.headline && appliedPointAt(s, asOfMs)) ??
    layers.find((s) => !isClaimSeries(s) && snapBacksAt([s], asOfMs).length > 0)
  )
}

function sparkline(key: Series, asOfMs: number) {
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
    label: `${key.label} since ${formatLongDate(first.dateMs)}: peak ${formatValue(peak.value, key.unit)} on ${formatLongDate(peak.dateMs)}`,
  }
}

export function tariffCard(
  dataset: Dataset,
  direction: Direction,
  nowMs: number,
): GlanceCard | undefined {
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
    title: `${TARIFF_SUBJECT[direction]} now`,
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
            value: 'No rate',
            context: `applied at ${formatLongDate(asOf)} in the data`,
            asOfMs: asOf,
          },
        ],
        deadline: duePhrase(dueDates(layers, asOf)[0], nowMs, asOf),
        visual: { kind: 'none' },
      }
    const lo = formatValue(Math.min(...values), 'pct')
    const hi = formatValue(Math.max(...values), 'pct')
    const due = dueDates(
      inForce.map((x) => x.series),
      asOf,
    )[0]
    return {
      ...base,
      verdict: verdictOf(due, nowMs, 1),
      figures: [
        {
          value: lo === hi ? lo : `${lo}–${hi}`,
          context: `by layer, ${values.length} layer${values.length === 1 ? '' : 's'} in force`,
          asOfMs: asOf,
        },
      ],
      deadline: duePhrase(due, nowMs, asOf),
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
  const due = dueDates(watched, asOf, key)[0]
  const details = [
    ...(parts.length > 0
      ? [
          `Made of: ${parts.map((x) => `${x.series.label} ${formatValue(x.value, x.series.unit)}`).join('; ')}`,
        ]
      : []),
    ...(keyPoint.suspendedValue && keyPoint.suspendedUntilMs !== undefined
      ? [
          `${keyPoint.suspendedValue} more points suspended (would be ${formatValue(keyPoint.value + keyPoint.suspendedValue, key.unit)})`,
        ]
      : []),
  ]
  return {
    ...base,
    verdict: verdictOf(due, nowMs, keyPoint.value),
    figures: [
      {
        value: formatValue(keyPoint.value, key.unit),
        context: `${key.label}, since ${formatLongDate(keyPoint.dateMs)}`,
        asOfMs: asOf,
      },
    ],
    ...(details.length > 0 && { detail: details.join('. ') }),
    deadline: duePhrase(due, nowMs, asOf),
    visual: sparkline(key, asOf),
  }
}

/** A due date passed after the data stop: unknown; else the rate's state. */
function verdictOf(
  due: Due | undefined,
  nowMs: number,
  value: number,
): Verdict {
  if (due && daysBetween(nowMs, due.dateMs) < 0) return 'expiry-passed'
  return value > 0 ? 'in-force' : 'not-in-force'
}
