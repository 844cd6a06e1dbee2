/** The numbered event markers of a time chart and its event list. */
import { type DateRange, isInRange } from '@/domain/date-range'
import { formatIsoDate } from '@/domain/dates'
import type { ChartMarker } from '@/domain/time-chart'
import type { Dataset } from '@/domain/types'

/** Events for a commodity inside the range, numbered for the chart and its list. */
export function computeMarkers(
  dataset: Pick<Dataset, 'events'>,
  commodity: string,
  range: DateRange,
): ChartMarker[] {
  return dataset.events
    .filter((e) => (e.commodities as readonly string[]).includes(commodity))
    .filter((e) => isInRange(e.dateMs, range))
    .map((e, i) => ({
      n: i + 1,
      id: e.id,
      x: e.dateMs,
      date: formatIsoDate(e.dateMs),
      label: e.label,
      description: e.description,
      scheduled: e.scheduled,
    }))
}
