/**
 * The event layer of a time chart: a thin line per event and one marker per
 * cluster of events, drawn by one component from the chart's x scale and
 * plot area.
 *
 * Not one Recharts <ReferenceLine> each, as before: every ReferenceLine
 * registers itself in the chart's store in an effect that runs after each
 * of its renders, and every registration makes the chart's selectors run
 * again; with 10-30 events per chart that was 60 ms of a page load's 950 ms
 * of script (1280 px, profiled, 3 loads). Event lines do not extend the
 * axes, so nothing needs them in the store.
 */
import {
  DefaultZIndexes,
  usePlotArea,
  useXAxisScale,
  ZIndexLayer,
} from 'recharts'

import { EventMarker, type MarkerFocus } from '@/charts/event-marker'
import type { MarkerCluster } from '@/charts/marker-clusters'
import { REFERENCE_STYLE } from '@/charts/chart-theme'
import type { ChartMarker } from '@/domain/time-chart'

interface EventLayerProps {
  markers: readonly ChartMarker[]
  clusters: readonly MarkerCluster[]
  /** The x axis's domain: lines outside it are not drawn (as a clipped line would not show). */
  xDomain: readonly [number, number]
  color: string
  background: string
  /** Keyboard and click behaviour of cluster i; absent on exports. */
  focusOf?: (i: number) => MarkerFocus
}

export function EventLayer({
  markers,
  clusters,
  xDomain,
  color,
  background,
  focusOf,
}: EventLayerProps) {
  const plot = usePlotArea()
  const xOf = useXAxisScale()
  if (!plot || !xOf) return null
  const top = plot.y
  const bottom = plot.y + plot.height
  const [d0, d1] = xDomain
  return (
    // The layer Recharts drew reference lines in: above the data lines.
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <g className="event-lines">
        {markers
          .filter((m) => m.x >= d0 && m.x <= d1)
          .map((m) => {
            const x = xOf(m.x)
            return x === undefined ? null : (
              <line
                key={m.id}
                x1={x}
                y1={bottom}
                x2={x}
                y2={top}
                stroke={color}
                strokeOpacity={REFERENCE_STYLE.event.opacity}
                strokeWidth={1}
                fill="none"
              />
            )
          })}
      </g>
      {clusters.map((c, i) => {
        const events = markers.slice(c.first, c.last + 1)
        const x = xOf((events[0]!.x + events[events.length - 1]!.x) / 2)
        return x === undefined ? null : (
          <EventMarker
            key={events[0]!.id}
            cluster={c}
            events={events}
            color={color}
            background={background}
            viewBox={{ x, y: top }}
            {...(focusOf && { focus: focusOf(i) })}
          />
        )
      })}
    </ZIndexLayer>
  )
}
