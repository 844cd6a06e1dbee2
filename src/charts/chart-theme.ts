/** Chart layout constants and line styles by role (strokes, dashes). Colours come from domain/palette. */
import type { Theme } from '@/domain/palette'
import type { LineRole } from '@/domain/time-chart'

/** What a drawn Recharts chart (time chart, period bars) takes: its model, size and theme. */
export interface ChartProps<Model> {
  model: Model
  width: number
  height: number
  theme: Theme
  /** Off for exports: no tooltip, no focusable markers. */
  interactive?: boolean
}

export const CHART_HEIGHT = 380
export const CHART_MARGIN = { top: 44, right: 24, bottom: 8, left: 8 } as const
/** Space kept between the edges of neighbouring event markers. */
export const MARKER_GAP_PX = 3
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
export const TICK_FONT_SIZE = 12

export const LINE_STYLE: Record<
  LineRole,
  { strokeWidth: number; dash?: string; opacity: number }
> = {
  observed: { strokeWidth: 2, opacity: 1 },
  headline: { strokeWidth: 3.5, opacity: 1 },
  scheduled: { strokeWidth: 2, dash: '6 4', opacity: 0.9 },
  'snap-back': { strokeWidth: 1.5, dash: '2 3', opacity: 0.9 },
  estimate: { strokeWidth: 2, dash: '5 3', opacity: 1 },
  target: { strokeWidth: 1.5, dash: '4 4', opacity: 0.9 },
  projection: { strokeWidth: 2, dash: '8 4', opacity: 0.9 },
  claim: { strokeWidth: 1.5, dash: '1 4', opacity: 0.9 },
  threat: { strokeWidth: 0, opacity: 1 },
}

/** Width of a time chart's y axis (its ticks and unit label). */
export const Y_AXIS_WIDTH = 52
/** Height of a time chart's x axis (Recharts' default, which the charts keep). */
export const X_AXIS_HEIGHT = 30
/** Font size of reference-line labels (as-of, today, pledge, unobserved area). */
export const REFERENCE_FONT_SIZE = 11

/**
 * A ring in the plot's background colour painted under a label's letters, so
 * a series or event line crossing the label leaves it legible.
 */
export const labelHalo = (background: string) =>
  ({
    stroke: background,
    strokeWidth: 3,
    strokeLinejoin: 'round',
    paintOrder: 'stroke',
  }) as const

/**
 * Strokes and fills of everything a time chart draws besides its lines, used
 * by the chart and by its legend entries alike. Colours come from the palette
 * (ROLE_COLORS): as-of, today, event, target.
 */
export const REFERENCE_STYLE = {
  asOf: { dash: '3 3', strokeWidth: 1 },
  today: { dash: '', strokeWidth: 1.5 },
  event: { dash: '', strokeWidth: 1, opacity: 0.45 },
  /** A target's level (the pledge). */
  target: { dash: '6 3', strokeWidth: 1 },
  /** A stated deadline of a target. */
  deadline: { dash: '1 3', strokeWidth: 1 },
  /** The span between a target's earliest and latest deadline. */
  deadlineBand: {
    dash: '2 2',
    strokeWidth: 1,
    fillOpacity: 0.08,
    strokeOpacity: 0.4,
  },
  /** A band between two lines (the prorated path). */
  band: { dash: '', strokeWidth: 1, fillOpacity: 0.12 },
  /** After the as-of date: not observed. */
  unobserved: { fillOpacity: 0.8 },
} as const

/** Below this plot width the time axis uses short labels ('Jan 26'). */
export const NARROW_PLOT_PX = 420

/** Ticks that fit a plot this wide: one per ~46 px of short labels ('Jan 26'), ~80 px of long ones ('Jan 2026'). */
export function maxTicksFor(plotWidth: number): number {
  const spacing = plotWidth < NARROW_PLOT_PX ? 46 : 80
  return Math.max(2, Math.floor(plotWidth / spacing))
}
