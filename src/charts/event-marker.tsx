import type { KeyboardEvent } from 'react'

import type { MarkerCluster } from '@/charts/marker-clusters'
import { punctuation } from '@/domain/punctuation'
import type { Lang } from '@/domain/i18n'
import type { ChartMarker } from '@/domain/time-chart'
import { useLang } from '@/i18n/lang-context'

/** An event without its number: '2025-10-30: Busan summit', '2026-11-10: … (scheduled; outcome unknown …)'. */
export function eventDated(m: ChartMarker, lang: Lang): string {
  const p = punctuation(lang)
  const status = m.status !== undefined ? `${p.open}${m.status}${p.close}` : ''
  return `${m.date}${p.colon}${m.label}${status}`
}

/** One event as a line: '5. 2025-10-30: Busan summit' · '5. 2025-10-30：釜山会晤'. */
export function eventText(m: ChartMarker, lang: Lang): string {
  return `${m.n}. ${eventDated(m, lang)}`
}

/** The accessible name of a marker: 'Event 5. …' or '3 events: 5. …; 6. …; 7. …'. */
export function clusterName(
  events: readonly ChartMarker[],
  lang: Lang,
): string {
  return events.length === 1
    ? lang.t('charts.event.one', { event: eventText(events[0]!, lang) })
    : lang.t('charts.event.many', {
        count: events.length,
        events: events
          .map((m) => eventText(m, lang))
          .join(punctuation(lang).clause),
      })
}

export interface MarkerFocus {
  tabIndex: 0 | -1
  ref: (el: Element | null) => void
  onKeyDown: (e: KeyboardEvent) => void
  onFocus: () => void
  onToggle: () => void
  expanded: boolean
  popoverId: string
}

interface EventMarkerProps {
  cluster: MarkerCluster
  events: readonly ChartMarker[]
  color: string
  background: string
  /** Absent on exports: the marker is drawn, not focusable. */
  focus?: MarkerFocus
  /** Recharts passes the label's view box; x is the reference line's position. */
  viewBox?: { x?: number; y?: number }
}

/**
 * A numbered marker at the top of an event's reference line, or one marker for
 * a cluster of events that would otherwise overlap ('5–7'). On screen it is a
 * button that opens the list of its events.
 */
export function EventMarker({
  cluster,
  events,
  color,
  background,
  focus,
  viewBox,
}: EventMarkerProps) {
  const x = viewBox?.x ?? 0
  const y = (viewBox?.y ?? 0) - 15
  const lang = useLang()
  const name = clusterName(events, lang)
  const single = events.length === 1
  const keyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      e.stopPropagation()
      focus?.onToggle()
    } else focus?.onKeyDown(e)
  }
  return (
    <g
      className="event-marker"
      {...(focus && {
        ref: focus.ref,
        tabIndex: focus.tabIndex,
        role: 'button',
        'aria-expanded': focus.expanded,
        'aria-controls': focus.expanded ? focus.popoverId : undefined,
        onKeyDown: keyDown,
        onFocus: focus.onFocus,
        onClick: focus.onToggle,
      })}
      {...(!focus && { role: 'img' })}
      aria-label={name}
    >
      <title>
        {single
          ? `${name}${punctuation(lang).dash}${events[0]!.description}`
          : name}
      </title>
      <rect
        x={x - cluster.width / 2}
        y={y - 12}
        width={cluster.width}
        height={24}
        rx={12}
        fill={single ? background : color}
        stroke={color}
        strokeWidth={1.5}
      />
      <text
        x={x}
        y={y}
        dy="0.35em"
        textAnchor="middle"
        fontSize={10}
        fontWeight={700}
        fill={single ? color : background}
      >
        {cluster.label}
      </text>
    </g>
  )
}
