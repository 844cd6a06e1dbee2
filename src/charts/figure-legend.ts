/** Legend entries of any figure, for the screen and for the exported image. */
import { REFERENCE_STYLE } from '@/charts/chart-theme'
import {
  type LegendItem,
  legendItemsForLines,
  referenceLegendItems,
} from '@/charts/legend-items'
import type { AnyFigure } from '@/domain/figure-model'
import { type Theme, ROLE_COLORS, seriesStyle } from '@/domain/palette'
import type { TimeChartModel } from '@/domain/time-chart'
import { WINDOW_STATE_META } from '@/domain/vocabulary'

/** The as-of, today and event entries every time chart shares. */
function timeChartReferences(
  chart: TimeChartModel,
  theme: Theme,
): LegendItem[] {
  return referenceLegendItems(theme, {
    asOf: chart.asOfX !== undefined,
    today: chart.todayX !== undefined,
    events: chart.markers.length > 0,
  })
}

/** Legend entries of any figure, for the screen and for the exported image. */
export function legendFor(figure: AnyFigure, theme: Theme): LegendItem[] {
  const c = ROLE_COLORS[theme]
  switch (figure.kind) {
    case 'tariffs':
      return [
        ...legendItemsForLines(figure.chart.lines, theme),
        ...timeChartReferences(figure.chart, theme),
      ]
    case 'soybean-progress':
      return [
        ...legendItemsForLines(figure.chart.lines, theme),
        ...(figure.chart.overlays?.bands ?? []).map((b) => ({
          label: b.label,
          color: c.target,
          dash: REFERENCE_STYLE.band.dash,
          shape: 'band' as const,
          strokeWidth: REFERENCE_STYLE.band.strokeWidth,
        })),
        ...(figure.chart.overlays?.targets ?? []).map((t) => ({
          label: `${t.label}: deadline variants (band)`,
          color: c.target,
          dash: REFERENCE_STYLE.deadlineBand.dash,
          shape: 'band' as const,
          strokeWidth: REFERENCE_STYLE.deadlineBand.strokeWidth,
        })),
        ...timeChartReferences(figure.chart, theme),
      ]
    case 'pauses':
      return [
        {
          label: WINDOW_STATE_META['in-force'].label,
          color: c.inForce,
          dash: '',
          shape: 'band',
          strokeWidth: 1,
        },
        {
          label: WINDOW_STATE_META.paused.label,
          color: c.paused,
          dash: '',
          shape: 'band',
          strokeWidth: 1,
        },
        {
          label: WINDOW_STATE_META.scheduled.label,
          color: c.scheduled,
          dash: '',
          shape: 'band',
          strokeWidth: 1,
        },
        {
          label: 'After as-of: scheduled (dashed) or unknown (dotted)',
          color: c.muted,
          dash: '6 3',
          shape: 'band',
          strokeWidth: 1,
        },
        ...referenceLegendItems(theme, {
          asOf: figure.asOfX !== undefined,
          today: figure.todayX !== undefined,
          events: false,
        }),
      ]
    case 'period-bars':
      return figure.bars.map((b) => ({
        label: b.label,
        color: seriesStyle(b.styleIndex, theme).color,
        dash: '',
        shape: 'bar',
        strokeWidth: 1,
      }))
  }
}
