/** The numbered event markers of a time chart and its event list. */
import { type DateRange, isInRange } from '@/domain/date-range'
import { formatIsoDate } from '@/domain/dates'
import { formatIsoAt, formatSpanAt } from '@/domain/date-precision'
import type { Lang } from '@/domain/i18n'
import { inLocale } from '@/domain/localized'
import { scheduledEventStatus } from '@/domain/outcome'
import type { ChartMarker } from '@/domain/time-chart'
import type { Dataset } from '@/domain/types'

/** Events for a commodity inside the range, numbered for the chart and its list. */
export function computeMarkers(
  dataset: Pick<Dataset, 'events' | 'meta'>,
  commodity: string,
  range: DateRange,
  nowMs: number,
  lang: Lang,
): ChartMarker[] {
  const asOfMs = dataset.meta.asOfMs
  return dataset.events
    .filter((e) => (e.commodities as readonly string[]).includes(commodity))
    .filter((e) => isInRange(e.dateMs, range))
    .map((e, i) => ({
      n: i + 1,
      id: e.id,
      x: e.dateMs,
      date:
        e.datePrecision === 'day'
          ? formatIsoDate(e.dateMs)
          : formatSpanAt(e.dateMs, e.endDateMs, e.datePrecision, lang),
      dateTime: formatIsoAt(e.dateMs, e.datePrecision),
      label: inLocale(e, 'label', lang.locale),
      description: inLocale(e, 'description', lang.locale),
      scheduled: e.scheduled,
      ...(e.scheduled && {
        // outcome.ts decides whether the outcome is unknown; the words are ours.
        status:
          scheduledEventStatus(e, nowMs, asOfMs) === 'scheduled'
            ? lang.t('figures.marker.scheduled')
            : lang.t('figures.marker.scheduledUnknown', {
                unknown: lang.t('figures.outcomeUnknown', {
                  date: lang.date(asOfMs),
                }),
              }),
      }),
    }))
}
