/** The deadlines calendar of a dataset as an .ics text, and its file name. */
import { calendarEvents } from '@/domain/calendar/calendar-events'
import { writeIcs } from '@/domain/calendar/ics-writer'
import { type Commodity, COMMODITIES } from '@/domain/commodities'
import { formatAsOfDate } from '@/domain/format'
import type { Dataset } from '@/domain/types'

/** The dataset's dates as RFC 5545 text; DTSTAMP is the dataset's check date, so it is reproducible. */
export function deadlinesCalendar(
  dataset: Dataset,
  commodities: readonly Commodity[] = COMMODITIES,
): string {
  return writeIcs({
    name: 'Truce Tracker: US–China deadlines',
    description: `Deadlines, pauses, scheduled changes and events from ${dataset.meta.title}, version ${dataset.meta.version}; the data stop at ${formatAsOfDate(dataset.meta.asOfMs)}.`,
    stampMs: dataset.meta.checkedOnMs,
    events: calendarEvents(dataset, commodities),
  })
}

export function deadlinesCalendarFileName(
  dataset: Dataset,
  commodities: readonly Commodity[],
): string {
  const which =
    commodities.length === COMMODITIES.length ? 'all' : commodities.join('+')
  return `truce-tracker_deadlines_${which}_asof-${formatAsOfDate(dataset.meta.asOfMs)}.ics`
}
