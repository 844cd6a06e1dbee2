import type { KeyboardEvent } from 'react'

import { eventDated } from '@/charts/event-marker'
import { punctuation } from '@/domain/punctuation'
import type { ChartMarker } from '@/domain/time-chart'
import { useLang } from '@/i18n/lang-context'

interface EventPopoverProps {
  id: string
  events: readonly ChartMarker[]
  /** Left edge in pixels inside the chart. */
  left: number
  top: number
  width: number
  onClose: () => void
}

/** The events of an opened marker or cluster, over the chart; Escape or Close shuts it. */
export function EventPopover({
  id,
  events,
  left,
  top,
  width,
  onClose,
}: EventPopoverProps) {
  const first = events[0]!
  const last = events[events.length - 1]!
  const lang = useLang()
  const title =
    events.length === 1
      ? lang.t('charts.event.title', { n: first.n })
      : lang.t('charts.event.titleRange', { first: first.n, last: last.n })
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation()
      onClose()
    }
  }
  return (
    <div
      id={id}
      className="event-popover"
      role="region"
      aria-label={title}
      style={{ left, top, width }}
      onKeyDown={onKeyDown}
    >
      <div className="event-popover-head">
        <strong>{title}</strong>
        <button type="button" onClick={onClose}>
          {lang.t('charts.close')}
        </button>
      </div>
      <ol>
        {events.map((m) => (
          <li key={m.id} value={m.n}>
            {eventDated(m, lang)}
            {punctuation(lang).dash}
            {m.description}
          </li>
        ))}
      </ol>
    </div>
  )
}
