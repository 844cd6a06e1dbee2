/**
 * Draws a TimeChartModel: lines on a numeric UTC time axis, with as-of, today,
 * events and targets. Interactive, the chart is one tab stop: Left/Right move
 * between dates, Enter pins the tooltip, Down steps into the event markers
 * (Left/Right, Home/End between them, Up back to the dates); see use-event-keys.
 */
import { CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts'

import {
  CHART_MARGIN,
  type ChartProps,
  FONT_FAMILY,
  LINE_STYLE,
  MARKER_GAP_PX,
  NARROW_PLOT_PX,
  maxTicksFor,
  X_AXIS_HEIGHT,
  Y_AXIS_WIDTH,
} from '@/charts/chart-theme'
import { clusterMarkers } from '@/charts/marker-clusters'
import { EventLayer } from '@/charts/event-markers'
import { EventPopover } from '@/charts/event-popover'
import { referenceLines } from '@/charts/reference-label'
import { useEventKeys } from '@/charts/use-event-keys'
import {
  targetBands,
  targetLevels,
  unobservedArea,
} from '@/charts/time-chart-overlays'
import { HoverTooltip, PinnableFrame } from '@/charts/pinnable-frame'
import { usePinnedTooltip } from '@/charts/pinned-tooltip'
import { strokeOf } from '@/charts/legend-items'
import { axisUnitText, plainTick } from '@/charts/axis-unit'
import { formatAxisNumber } from '@/domain/format'
import { ROLE_COLORS } from '@/domain/palette'
import { rowAtPixel } from '@/domain/pin-at'
import { computeTimeTicks, formatTimeTick } from '@/domain/ticks'
import type {
  ChartRow,
  TimeChartModel,
  TimeChartOverlays,
} from '@/domain/time-chart'
import { useLang } from '@/i18n/lang-context'

export type TimeChartProps = ChartProps<TimeChartModel>

const NO_OVERLAYS: TimeChartOverlays = { targets: [], bands: [] }

const valueOf = (key: string) => (row: ChartRow) => row.values[key] ?? null

export function TimeChart({
  model,
  width,
  height,
  theme,
  interactive = true,
}: TimeChartProps) {
  const c = ROLE_COLORS[theme]
  const lang = useLang()
  const keys = model.lines.map((l) => l.key)
  const overlays = model.overlays ?? NO_OVERLAYS
  const plotLeft = CHART_MARGIN.left + Y_AXIS_WIDTH
  const plotWidth = width - plotLeft - CHART_MARGIN.right
  const [d0, d1] = model.xDomain
  const px = (x: number) => ((x - d0) / (d1 - d0)) * plotWidth
  const pinning = usePinnedTooltip((pointerX) =>
    rowAtPixel(
      model.rows.map((r) => r.x),
      { domain: model.xDomain, left: plotLeft, width: plotWidth },
      pointerX,
    ),
  )
  const ticks = computeTimeTicks(d0, d1, maxTicksFor(plotWidth))
  const clusters = clusterMarkers(
    model.markers.map((m) => ({ x: px(m.x), n: m.n })),
    MARKER_GAP_PX,
  )
  const events = useEventKeys({
    clusters,
    plotLeft,
    activeLeft: pinning.activeLeft,
    wrapperRef: pinning.wrapperRef,
  })
  const tick = plainTick(c)
  const unitSuffix = model.unit === 'pct' ? '%' : ''
  const openCluster =
    events.open !== undefined ? clusters[events.open] : undefined
  const chart = (
    <ComposedChart
      width={width}
      height={height}
      data={model.rows as ChartRow[]}
      margin={CHART_MARGIN}
      accessibilityLayer={interactive}
      {...(interactive && { onClick: pinning.onChartClick })}
      style={{ fontFamily: FONT_FAMILY }}
    >
      <CartesianGrid stroke={c.grid} vertical={false} />
      <XAxis
        dataKey="x"
        type="number"
        scale="time"
        domain={model.xDomain as [number, number]}
        ticks={ticks}
        // Every tick computeTimeTicks chose is drawn: it already fits them
        // to the width, so Recharts need not measure each label to thin them.
        interval={0}
        tickFormatter={(ms: number) =>
          formatTimeTick(ms, ticks, plotWidth < NARROW_PLOT_PX, lang)
        }
        allowDataOverflow
        tick={tick}
        stroke={c.muted}
      />
      <YAxis
        domain={model.yDomain as [number, number]}
        // Five ticks down a plot at least 150 px tall never collide: no
        // measuring of each label.
        interval={0}
        tickFormatter={(v: number) => `${formatAxisNumber(v)}${unitSuffix}`}
        tick={tick}
        stroke={c.muted}
        width={Y_AXIS_WIDTH}
        allowDataOverflow
        label={
          model.unit === 'pct' ? undefined : axisUnitText(model.unit, c, lang)
        }
      />
      {unobservedArea(
        model,
        {
          width: plotWidth,
          height:
            height - CHART_MARGIN.top - CHART_MARGIN.bottom - X_AXIS_HEIGHT,
        },
        c,
        lang,
      )}
      {targetBands(overlays, c)}
      {model.lines.map((line) => {
        const { color, dash } = strokeOf(line, theme)
        const style = LINE_STYLE[line.role]
        return (
          <Line
            key={line.key}
            dataKey={valueOf(line.key)}
            name={line.label}
            type={line.curve === 'step' ? 'stepAfter' : 'linear'}
            stroke={color}
            strokeWidth={style.strokeWidth}
            strokeDasharray={dash || undefined}
            strokeOpacity={style.opacity}
            connectNulls={line.curve === 'linear'}
            dot={
              line.role === 'threat'
                ? { r: 6, fill: c.background, stroke: color, strokeWidth: 2.5 }
                : line.curve === 'linear' &&
                    line.role !== 'target' &&
                    line.dense !== true
                  ? { r: 3, fill: color, strokeWidth: 0 }
                  : false
            }
            activeDot={line.role === 'target' ? false : { r: 4 }}
            isAnimationActive={false}
          />
        )
      })}
      {targetLevels(overlays.targets, model, c, lang)}
      {referenceLines(model, px, plotWidth, c, lang)}
      <EventLayer
        markers={model.markers}
        clusters={clusters}
        xDomain={model.xDomain}
        color={c.event}
        background={c.background}
        {...(interactive && { focusOf: events.focusOf })}
      />
      {interactive && (
        <HoverTooltip
          pinned={pinning.pin !== null}
          onActive={pinning.onActive}
          keys={keys}
          width={width}
          height={height}
          cursor={c.muted}
        />
      )}
    </ComposedChart>
  )
  if (!interactive) return chart
  const popoverWidth = Math.min(280, width - 16)
  return (
    <PinnableFrame
      pin={pinning.pin}
      wrapperRef={pinning.wrapperRef}
      onPointerDown={pinning.onPointerDown}
      onKeyDown={(e) => {
        if (!events.onChartKeyDown(e)) pinning.onKeyDown(e)
      }}
      onClose={() => pinning.unpin(true)}
      rows={model.rows}
      keys={keys}
      width={width}
      height={height}
    >
      <div className="time-chart" style={{ width }}>
        {chart}
        {openCluster && (
          <EventPopover
            id={events.popoverId}
            events={model.markers.slice(
              openCluster.first,
              openCluster.last + 1,
            )}
            left={Math.min(
              Math.max(8, plotLeft + openCluster.x - popoverWidth / 2),
              width - popoverWidth - 8,
            )}
            top={CHART_MARGIN.top}
            width={popoverWidth}
            onClose={events.close}
          />
        )}
      </div>
    </PinnableFrame>
  )
}
