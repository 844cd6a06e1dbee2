import { punctuation } from '@/domain/punctuation'
import type { ChartMarker } from '@/domain/time-chart'
import { useLang } from '@/i18n/lang-context'

/** The numbered events drawn on the chart, as text a keyboard or screen-reader user can reach. */
export function EventList({ markers }: { markers: readonly ChartMarker[] }) {
  const lang = useLang()
  if (markers.length === 0) return null
  const p = punctuation(lang)
  return (
    <details className="event-list">
      <summary>
        {lang.t('charts.events.summary', { count: markers.length })}
      </summary>
      <ol>
        {markers.map((m) => (
          <li key={m.id} value={m.n}>
            <time dateTime={m.dateTime}>{m.date}</time>
            {p.dash}
            <strong>{m.label}</strong>
            {m.status !== undefined && `${p.open}${m.status}${p.close}`}
            {p.colon}
            {m.description}
          </li>
        ))}
      </ol>
    </details>
  )
}
