/** Maps a figure model to its frame and chart: the one place that knows every figure kind. */
import { type ComponentType, lazy, memo, Suspense, useState } from 'react'

import type { ExportContext } from '@/app/export-figure'
import { FigureExport } from '@/app/figure-export'
import { ChartFrame } from '@/charts/chart-frame'
import { CHART_HEIGHT } from '@/charts/chart-theme'
import { Deferred } from '@/charts/deferred'
import { EventList } from '@/charts/event-list'
import {
  type LegendItem,
  legendItemsForLines,
  referenceLegendItems,
} from '@/charts/legend-items'
import {
  PauseTimelineChart,
  pauseTimelineHeight,
} from '@/charts/pause-timeline-chart'
import type { PeriodBarsChartProps } from '@/charts/period-bars-chart'
import { TimeChart } from '@/charts/time-chart'
import { useElementWidth } from '@/charts/use-element-width'
import type { AnyFigure } from '@/domain/figures'
import { type Theme, ROLE_COLORS, seriesStyle } from '@/domain/palette'
import type { Lane, LaneWindow } from '@/domain/pause-view'
import { computeAsOfLine, computeSourceLine } from '@/domain/source-line'
import type { TimeChartModel } from '@/domain/time-chart'
import type { Dataset } from '@/domain/types'
import { SeriesToggles } from '@/ui/controls/series-toggles'

/** The drawn height of a figure's chart (on screen; exports add room for markers). */
export function chartHeightOf(figure: AnyFigure): number {
  if (figure.kind === 'pauses') return pauseTimelineHeight(figure.lanes.length)
  if (figure.kind === 'period-bars') return Math.round(CHART_HEIGHT * 0.8)
  return CHART_HEIGHT
}

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
        ...figure.bands.map((b) => ({
          label: b.label,
          color: c.target,
          dash: '',
          shape: 'band' as const,
          strokeWidth: 1,
        })),
        ...figure.targets.map((t) => ({
          label: `${t.label}: deadline variants (band)`,
          color: c.target,
          dash: '2 2',
          shape: 'band' as const,
          strokeWidth: 1,
        })),
        ...timeChartReferences(figure.chart, theme),
      ]
    case 'pauses':
      return [
        {
          label: 'In force',
          color: c.inForce,
          dash: '',
          shape: 'band',
          strokeWidth: 1,
        },
        {
          label: 'Paused',
          color: c.paused,
          dash: '',
          shape: 'band',
          strokeWidth: 1,
        },
        {
          label: 'Announced, not in effect',
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
          {...(figure.kind === 'soybean-progress' && {
            targets: figure.targets,
            bands: figure.bands,
          })}
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
      const height = heightOverride ?? Math.round(CHART_HEIGHT * 0.8)
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

interface FigureViewProps {
  figure: AnyFigure
  dataset: Dataset
  theme: Theme
  onToggleSeries: (id: string) => void
  exportContext: ExportContext
}

/** Memoised: a figure re-renders only when its own model, theme or dataset changes. */
export const FigureView = memo(function FigureView({
  figure,
  dataset,
  theme,
  onToggleSeries,
  exportContext,
}: FigureViewProps) {
  const actions = (
    <FigureExport
      figure={figure}
      context={exportContext}
      chartHeight={chartHeightOf(figure)}
    />
  )
  const [ref, width] = useElementWidth<HTMLDivElement>(800)
  const [focused, setFocused] = useState<string | null>(null)
  const controls =
    figure.kind === 'tariffs' ? (
      <SeriesToggles
        label="Tariff layers"
        options={figure.seriesOptions}
        onToggle={onToggleSeries}
      />
    ) : figure.kind === 'pauses' ? (
      <SeriesToggles
        label="Measures"
        options={figure.seriesOptions}
        onToggle={onToggleSeries}
      />
    ) : figure.kind === 'soybean-progress' &&
      figure.seriesOptions.length > 0 ? (
      <SeriesToggles
        label="Data sources"
        options={figure.seriesOptions}
        onToggle={onToggleSeries}
      />
    ) : undefined
  const markers =
    figure.kind === 'tariffs' || figure.kind === 'soybean-progress'
      ? figure.chart.markers
      : []
  const footer = (
    <>
      {figure.kind === 'pauses' && (
        <p className="timeline-focus" aria-live="polite">
          {focused ?? 'Hover over or tab to a bar for its dates and countdown.'}
        </p>
      )}
      <EventList markers={markers} />
    </>
  )
  return (
    <ChartFrame
      id={figure.id}
      title={figure.title}
      subtitle={figure.subtitle}
      summary={figure.summary}
      legend={legendFor(figure, theme)}
      notes={figure.notes}
      gaps={figure.gaps}
      sourceLine={computeSourceLine(dataset, figure.sourceIds)}
      asOfLine={computeAsOfLine(dataset)}
      table={figure.table}
      {...(actions !== undefined && { actions })}
      {...(controls !== undefined && { controls })}
      footer={footer}
    >
      <div ref={ref} className="chart-sizer">
        <Deferred height={chartHeightOf(figure)}>
          <ChartBody
            figure={figure}
            width={width}
            theme={theme}
            interactive
            onFocusWindow={(lane, w) =>
              setFocused(
                `${lane.label} (${lane.reference}; ${lane.items}): ${w.description}${w.countdown ? ` — ${w.countdown}` : ''}`,
              )
            }
          />
        </Deferred>
      </div>
    </ChartFrame>
  )
})
