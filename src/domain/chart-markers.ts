/** The numbered event markers of a time chart and its event list. */
import { type DateRange, isInRange } from '@/domain/date-range'
import { formatIsoDate } from '@/domain/dates'
import { formatIsoAt, formatSpanAt } from '@/domain/date-precision'
import { FIGURE_LANG } from '@/domain/figure-lang-seam'
import { scheduledEventStatus } from '@/domain/outcome'
import type { ChartMarker } from '@/domain/time-chart'
import type { Dataset } from '@/domain/types'

/** Events for a commodity inside the range, numbered for the chart and its list. */
export function computeMarkers(
  dataset: Pick<Dataset, 'events' | 'meta'>,
  commodity: string,
  range: DateRange,
  nowMs: number,
): ChartMarker[] {
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
          : formatSpanAt(e.dateMs, e.endDateMs, e.datePrecision, FIGURE_LANG),
      dateTime: formatIsoAt(e.dateMs, e.datePrecision),
      label: e.label,
      description: e.description,
      scheduled: e.scheduled,
      ...(e.scheduled && {
        status: scheduledEventStatus(e, nowMs, dataset.meta.asOfMs),
      }),
    }))
}
