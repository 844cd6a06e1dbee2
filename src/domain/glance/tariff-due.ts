/**
 * The next or last scheduled date of a tariff card's layers, in words: what
 * changes (a layer ends, changes rate, or a suspended part snaps back) and
 * whether the date is ahead, today, or passed after the data stop (then the
 * outcome is unknown).
 */
import { daysBetween } from '@/domain/dates'
import type { Verdict } from '@/domain/glance/verdicts'
import type { Lang, MessageKey } from '@/domain/i18n'
import { scheduledChanges, snapBacksAt } from '@/domain/tariff-series'
import type { Series } from '@/domain/types'

/** The sentences of a scheduled date, by what happens on it. */
const DUE_MESSAGES: Record<
  Due['change'],
  Record<'passed' | 'today' | 'ahead', MessageKey>
> = {
  end: {
    passed: 'glance.tariff.endPassed',
    today: 'glance.tariff.endToday',
    ahead: 'glance.tariff.endAhead',
  },
  change: {
    passed: 'glance.tariff.changePassed',
    today: 'glance.tariff.changeToday',
    ahead: 'glance.tariff.changeAhead',
  },
}

export interface Due {
  dateMs: number
  /** What changes, a noun phrase: "Section 122 surcharge", "The 24-point suspension". */
  what: string
  /** It ends, or its rate changes to `rate`. */
  change: 'end' | 'change'
  rate: string
}

/** Scheduled changes and suspension ends of the watched layers, earliest first. */
export function dueDates(
  watched: readonly Series[],
  asOfMs: number,
  lang: Lang,
  key?: Series,
): Due[] {
  return [
    ...scheduledChanges(watched, asOfMs).map(({ series, point }) => ({
      dateMs: point.dateMs,
      what: series.label,
      change: point.value === 0 ? ('end' as const) : ('change' as const),
      rate: lang.value(point.value, series.unit),
    })),
    ...snapBacksAt(watched, asOfMs).map(({ series, point }) => ({
      dateMs: point.suspendedUntilMs!,
      what:
        series === key
          ? lang.t('glance.tariff.suspension', {
              points: point.suspendedValue!,
            })
          : lang.t('glance.tariff.suspensionOf', {
              points: point.suspendedValue!,
              label: series.label,
            }),
      change: 'end' as const,
      rate: '',
    })),
  ].sort((a, b) => a.dateMs - b.dateMs)
}

export function duePhrase(
  due: Due | undefined,
  nowMs: number,
  asOfMs: number,
  lang: Lang,
) {
  if (due === undefined) return lang.t('glance.tariff.noChange')
  const days = daysBetween(nowMs, due.dateMs)
  const messages = DUE_MESSAGES[due.change]
  const values = { what: due.what, rate: due.rate, date: lang.date(due.dateMs) }
  if (days < 0)
    return lang.t(messages.passed, { ...values, asOf: lang.date(asOfMs) })
  if (days === 0) return lang.t(messages.today, values)
  return lang.t(messages.ahead, { ...values, days })
}

/** A due date passed after the data stop: unknown; else the rate's state. */
export function verdictOf(
  due: Due | undefined,
  nowMs: number,
  value: number,
): Verdict {
  if (due && daysBetween(nowMs, due.dateMs) < 0) return 'expiry-passed'
  return value > 0 ? 'in-force' : 'not-in-force'
}
