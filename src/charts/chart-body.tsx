/** The chart of any figure kind at a given size: on screen and, non-interactive, for exports. */
import { type ComponentType, Suspense, use } from 'react'

import {
  loadPauseTimeline,
  loadPeriodBarsChart,
  loadTimeChart,
} from '@/charts/chart-code'
import { CHART_HEIGHT } from '@/charts/chart-theme'
import type { PauseTimelineChartProps } from '@/charts/pause-timeline-chart'
import { pauseTimelineHeight } from '@/charts/pause-timeline-layout'
import type { PeriodBarsChartProps } from '@/charts/period-bars-chart'
import type { TimeChartProps } from '@/charts/time-chart'
import type { AnyFigure } from '@/domain/figure-model'
import type { Theme } from '@/domain/palette'
import type { Lane, LaneWindow } from '@/domain/pause-view'

/** The drawn height of a figure's chart (on screen; exports add room for markers). */
export function chartHeightOf(figure: AnyFigure): number {
  if (figure.kind === 'pauses') return pauseTimelineHeight(figure.lanes.length)
  if (figure.kind === 'period-bars') return Math.round(CHART_HEIGHT * 0.8)
  return CHART_HEIGHT
}

/** The chart components (loaded on demand), which ChartBody can be given loaded. */
export interface ChartDrawers {
  time: ComponentType<TimeChartProps>
  periodBars: ComponentType<PeriodBarsChartProps>
  pauses: ComponentType<PauseTimelineChartProps>
}

/** Loads the one chart component a figure kind is drawn with. */
export async function loadDrawersFor(
  kind: AnyFigure['kind'],
): Promise<Partial<ChartDrawers>> {
  switch (kind) {
    case 'tariffs':
    case 'soybean-progress':
      return { time: await loadTimeChart() }
    case 'period-bars':
      return { periodBars: await loadPeriodBarsChart() }
    case 'pauses':
      return { pauses: await loadPauseTimeline() }
  }
}

interface ChartBodyProps {
  figure: AnyFigure
  width: number
  theme: Theme
  interactive: boolean
  onFocusWindow?: (lane: Lane, window: LaneWindow) => void
  /** Exports draw taller time charts (room for stacked event markers). */
  heightOverride?: number
  /** Exports pass the chart component their figure needs, loaded; on screen they load on demand (charts/chart-code.ts). */
  drawers?: Partial<ChartDrawers>
}

/** Holds the chart's height while its code loads. */
function Holder({ height }: { height: number }) {
  return <svg width="1" height={height} aria-hidden="true" focusable="false" />
}

/** A chart component, given or loaded on demand (suspends until its code has arrived). */
function Loaded<P extends object>({
  given,
  load,
  props,
}: {
  given: ComponentType<P> | undefined
  load: () => Promise<ComponentType<P>>
  props: P
}) {
  const Drawn = given ?? use(load())
  // Not created here: `load` returns one module's export, the same every render.
  // eslint-disable-next-line react-hooks/static-components
  return <Drawn {...props} />
}

/** The chart of a figure at a given size; also used, non-interactive, for exports. */
export function ChartBody({
  figure,
  width,
  theme,
  interactive,
  onFocusWindow,
  heightOverride,
  drawers,
}: ChartBodyProps) {
  switch (figure.kind) {
    case 'tariffs':
    case 'soybean-progress': {
      const height = heightOverride ?? CHART_HEIGHT
      return (
        <Suspense fallback={<Holder height={height} />}>
          <Loaded
            given={drawers?.time}
            load={loadTimeChart}
            props={{ model: figure.chart, width, height, theme, interactive }}
          />
        </Suspense>
      )
    }
    case 'pauses':
      return (
        <Suspense fallback={<Holder height={chartHeightOf(figure)} />}>
          <Loaded
            given={drawers?.pauses}
            load={loadPauseTimeline}
            props={{
              model: figure,
              width,
              theme,
              ...(onFocusWindow && { onFocusWindow }),
            }}
          />
        </Suspense>
      )
    case 'period-bars': {
      const height = heightOverride ?? chartHeightOf(figure)
      return (
        <Suspense fallback={<Holder height={height} />}>
          <Loaded
            given={drawers?.periodBars}
            load={loadPeriodBarsChart}
            props={{ model: figure, width, height, theme, interactive }}
          />
        </Suspense>
      )
    }
  }
}
