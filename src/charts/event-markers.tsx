/** The event layer of a time chart: a thin line per event and one marker per cluster of events. */
import { ReferenceLine } from 'recharts'

import { EventMarker, type MarkerFocus } from '@/charts/event-marker'
import type { MarkerCluster } from '@/charts/marker-clusters'
import { REFERENCE_STYLE } from '@/charts/chart-theme'
import type { ChartMarker } from '@/domain/time-chart'

interface EventLayerProps {
  markers: readonly ChartMarker[]
  clusters: readonly MarkerCluster[]
  color: string
  background: string
  /** Keyboard and click behaviour of cluster i; absent on exports. */
  focusOf?: (i: number) => MarkerFocus
}

/** Recharts draws reference lines given as direct children, so this returns them as a list. */
export function eventLayer({
  markers,
  clusters,
  color,
  background,
  focusOf,
}: EventLayerProps) {
  return [
    ...markers.map((m) => (
      <ReferenceLine
        key={`line-${m.id}`}
        x={m.x}
        stroke={color}
        strokeOpacity={REFERENCE_STYLE.event.opacity}
        ifOverflow="hidden"
      />
    )),
    ...clusters.map((c, i) => {
      const events = markers.slice(c.first, c.last + 1)
      const x = (events[0]!.x + events[events.length - 1]!.x) / 2
      return (
        <ReferenceLine
          key={`marker-${events[0]!.id}`}
          x={x}
          stroke="none"
          ifOverflow="hidden"
          label={
            <EventMarker
              cluster={c}
              events={events}
              color={color}
              background={background}
              {...(focusOf && { focus: focusOf(i) })}
            />
          }
        />
      )
    }),
  ]
}
