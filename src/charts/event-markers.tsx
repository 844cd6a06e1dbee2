/**
 * The event layer of a time chart: one marker per cluster of events; under a
 * marker of one event, a thin line across the plot; under a marker of several,
 * a bracket along the plot's top with a short tick per event. Drawn by one
 * component from the chart's x scale and plot area.
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

/** How far a clustered event's tick reaches down into the plot. */
export const CLUSTER_TICK_PX = 8

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
  const line = (key: string, x: number, y1: number, x2 = x, y2 = y1) => (
    <line
      key={key}
      x1={x}
      y1={y1}
      x2={x2}
      y2={y2}
      stroke={color}
      strokeOpacity={REFERENCE_STYLE.event.opacity}
      strokeWidth={1}
      fill="none"
    />
  )
  return (
    // The layer Recharts drew reference lines in: above the data lines.
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <g className="event-lines">
        {clusters.flatMap((c) => {
          const xs = markers
            .slice(c.first, c.last + 1)
            .filter((m) => m.x >= d0 && m.x <= d1)
            .map((m) => [m.id, xOf(m.x)] as const)
            .filter((e): e is readonly [string, number] => e[1] !== undefined)
          const [first, last] = [xs[0], xs[xs.length - 1]]
          if (!first || !last) return []
          // One event: a line across the plot, to read the data against.
          if (xs.length === 1)
            return [line(first[0], first[1], bottom, first[1], top)]
          // Several under one marker: a bracket along the plot's top with a
          // short tick per event. A full-height line each made a forest of
          // 27 lines in a phone's 270 px plot, none of which could be told apart.
          return [
            line(`${first[0]}-span`, first[1], top, last[1], top),
            ...xs.map(([id, x]) => line(id, x, top + CLUSTER_TICK_PX, x, top)),
          ]
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
