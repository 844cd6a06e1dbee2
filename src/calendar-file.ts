/**
 * Build-time deadlines calendar (see vite.config.ts): the bundled dataset,
 * validated as the browser does, as the full .ics that readers subscribe to
 * at `/deadlines.ics`. Same dataset, same bytes: UIDs come from record ids and
 * DTSTAMP from the dataset's check date.
 */
import { validateDatasetLenient } from '@/data/lenient-dataset'
import { parseDatasetText } from '@/data/validate-dataset'
import { deadlinesCalendar } from '@/domain/calendar/deadlines-calendar'

export function deadlinesCalendarFile(datasetText: string): string {
  return deadlinesCalendar(
    parseDatasetText(datasetText, validateDatasetLenient),
  )
}
