/** The chart of any figure kind at a given size: on screen and, non-interactive, for exports. */
import { type ComponentType, lazy, Suspense } from 'react'

import { CHART_HEIGHT } from '@/charts/chart-theme'
import {
  PauseTimelineChart,
  pauseTimelineHeight,
} from '@/charts/pause-timeline-chart'
import type { PeriodBarsChartProps } from '@/charts/period-bars-chart'
import { TimeChart } from '@/charts/time-chart'
import type { AnyFigure } from '@/domain/figure-model'
import type { Theme } from '@/domain/palette'
import type { Lane, LaneWindow } from '@/domain/pause-view'

/** The drawn height of a figure's chart (on screen; exports add room for markers). */
export function chartHeightOf(figure: AnyFigure): number {
  if (figure.kind === 'pauses') return pauseTimelineHeight(figure.lanes.length)
  if (figure.kind === 'period-bars') return Math.round(CHART_HEIGHT * 0.8)
  return CHART_HEIGHT
}

interface ChartBodyProps {
  figure: AnyFigure
  width: number
  theme: Theme
  interactive: boolean
  onFocusWindow?: (lane: Lane, window: LaneWindow) => void
  /** Exports draw taller time charts (room for stacked event markers). */
  heightOverride?: number
  /** The bar chart component; exports pass it loaded, the screen loads it lazily. */
  periodBars?: ComponentType<PeriodBarsChartProps>
}

/** Bar charts sit below the fold: their code loads when the first one is drawn. */
const LazyPeriodBarsChart = lazy(() =>
  import('@/charts/period-bars-chart').then((m) => ({
    default: m.PeriodBarsChart,
  })),
)

/** The chart of a figure at a given size; also used, non-interactive, for exports. */
export function ChartBody({
  figure,
  width,
  theme,
  interactive,
  onFocusWindow,
  heightOverride,
  periodBars,
}: ChartBodyProps) {
  switch (figure.kind) {
    case 'tariffs':
    case 'soybean-progress':
      return (
        <TimeChart
          model={figure.chart}
          width={width}
          height={heightOverride ?? CHART_HEIGHT}
          theme={theme}
          interactive={interactive}
        />
      )
    case 'pauses':
      return (
        <PauseTimelineChart
          model={figure}
          width={width}
          theme={theme}
          {...(onFocusWindow && { onFocusWindow })}
        />
      )
    case 'period-bars': {
      const Bars = periodBars ?? LazyPeriodBarsChart
      const height = heightOverride ?? chartHeightOf(figure)
      return (
        <Suspense fallback={<div style={{ height }} />}>
          <Bars
            model={figure}
            width={width}
            height={height}
            theme={theme}
            interactive={interactive}
          />
        </Suspense>
      )
    }
  }
}
