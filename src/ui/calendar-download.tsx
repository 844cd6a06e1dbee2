import type { Commodity } from '@/domain/commodities'
import type { Dataset } from '@/domain/types'
import { useLang } from '@/i18n/lang-context'
import { downloadText } from '@/lib/download-file'

interface CalendarDownloadProps {
  dataset: Dataset
  /** The commodities shown: the calendar holds only their dates. */
  commodities: readonly Commodity[]
}

/**
 * Downloads the deadlines calendar (.ics) for the shown commodities. The
 * calendar code loads on click, as its own chunk: it is not in the initial
 * bundle.
 */
export function CalendarDownload({
  dataset,
  commodities,
}: CalendarDownloadProps) {
  const lang = useLang()
  return (
    <button
      type="button"
      disabled={commodities.length === 0}
      onClick={() => {
        void import('@/domain/calendar/deadlines-calendar').then(
          ({ deadlinesCalendar, deadlinesCalendarFileName }) =>
            downloadText(
              deadlinesCalendar(dataset, commodities),
              deadlinesCalendarFileName(dataset, commodities),
              'text/calendar;charset=utf-8',
            ),
        )
      }}
    >
      {lang.t('controls.calendar', { format: '.ics' })}
    </button>
  )
}
