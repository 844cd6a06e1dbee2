import type { ChartMarker } from '@/domain/time-chart'

/** The numbered events drawn on the chart, as text a keyboard or screen-reader user can reach. */
export function EventList({ markers }: { markers: readonly ChartMarker[] }) {
  if (markers.length === 0) return null
  return (
    <details className="event-list">
      <summary>Events on this chart ({markers.length})</summary>
      <ol>
        {markers.map((m) => (
          <li key={m.id} value={m.n}>
            <time dateTime={m.dateTime}>{m.date}</time> —{' '}
            <strong>{m.label}</strong>
            {m.status !== undefined && ` (${m.status})`}: {m.description}
          </li>
        ))}
      </ol>
    </details>
  )
}
