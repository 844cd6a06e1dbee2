import { MARKER_ROW_PX } from '@/charts/chart-theme'
import type { ChartMarker } from '@/domain/time-chart'

interface EventMarkerProps {
  marker: ChartMarker
  /** Row when markers are stacked to avoid overlap (0 = lowest). */
  row: number
  color: string
  background: string
  /** Recharts passes the label's view box; x is the reference line's position. */
  viewBox?: { x?: number; y?: number }
}

/** A numbered, focusable marker at the top of an event's reference line; its text is in <title> and aria-label. */
export function EventMarker({
  marker,
  row,
  color,
  background,
  viewBox,
}: EventMarkerProps) {
  const x = viewBox?.x ?? 0
  const y = (viewBox?.y ?? 0) - 15 - row * MARKER_ROW_PX
  const text = `${marker.n}. ${marker.date}: ${marker.label}${marker.status !== undefined ? ` (${marker.status})` : ''}`
  return (
    <g
      className="event-marker"
      tabIndex={0}
      role="img"
      aria-label={`Event ${text}`}
    >
      <title>{`${text} — ${marker.description}`}</title>
      <circle
        cx={x}
        cy={y}
        r={12}
        fill={background}
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
        fill={color}
      >
        {marker.n}
      </text>
    </g>
  )
}
