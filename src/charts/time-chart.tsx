/** Draws a TimeChartModel: lines on a numeric UTC time axis, with as-of, today, events and targets. */
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts'

import {
  CHART_MARGIN,
  FONT_FAMILY,
  LINE_STYLE,
  MARKER_MAX_ROWS,
  MARKER_MIN_GAP_PX,
  REFERENCE_FONT_SIZE,
  REFERENCE_STYLE,
  TICK_FONT_SIZE,
  maxTicksFor,
  Y_AXIS_WIDTH,
} from '@/charts/chart-theme'
import { assignMarkerRows } from '@/charts/marker-rows'
import { targetBands, targetLevels } from '@/charts/time-chart-overlays'
import { HoverTooltip, PinnableFrame } from '@/charts/pinnable-frame'
import { usePinnedTooltip } from '@/charts/pinned-tooltip'
import { EventMarker } from '@/charts/event-marker'
import { strokeOf } from '@/charts/legend-items'
import { formatAxisMonth, formatAxisNumber } from '@/domain/format'
import { type Theme, ROLE_COLORS } from '@/domain/palette'
import { computeTimeTicks } from '@/domain/ticks'
import type {
  ChartRow,
  TimeChartModel,
  TimeChartOverlays,
} from '@/domain/time-chart'

export interface TimeChartProps {
  model: TimeChartModel
  width: number
  height: number
  theme: Theme
  /** Off for exports: no tooltip, no focusable markers. */
  interactive?: boolean
}

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
  const pinning = usePinnedTooltip()
  const keys = model.lines.map((l) => l.key)
  const overlays = model.overlays ?? NO_OVERLAYS
  const ticks = computeTimeTicks(
    model.xDomain[0],
    model.xDomain[1],
    maxTicksFor(width),
  )
  const tick = {
    fontSize: TICK_FONT_SIZE,
    fill: c.muted,
    fontFamily: FONT_FAMILY,
  }
  const unitSuffix = model.unit === 'pct' ? '%' : ''
  const plotWidth =
    width - CHART_MARGIN.left - CHART_MARGIN.right - Y_AXIS_WIDTH
  const [d0, d1] = model.xDomain
  const markerRows = assignMarkerRows(
    model.markers.map((m) => ((m.x - d0) / (d1 - d0)) * plotWidth),
    MARKER_MIN_GAP_PX,
    MARKER_MAX_ROWS,
  )
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
        tickFormatter={formatAxisMonth}
        allowDataOverflow
        tick={tick}
        stroke={c.muted}
      />
      <YAxis
        domain={model.yDomain as [number, number]}
        tickFormatter={(v: number) => `${formatAxisNumber(v)}${unitSuffix}`}
        tick={tick}
        stroke={c.muted}
        width={Y_AXIS_WIDTH}
        allowDataOverflow
        label={
          model.unit === 'pct'
            ? undefined
            : {
                value: model.unit,
                angle: -90,
                position: 'insideLeft',
                fill: c.muted,
                fontSize: TICK_FONT_SIZE,
              }
        }
      />
      {model.asOfX !== undefined && model.asOfX < model.xDomain[1] && (
        <ReferenceArea
          x1={model.asOfX}
          x2={model.xDomain[1]}
          fill={c.unknown}
          fillOpacity={REFERENCE_STYLE.unobserved.fillOpacity}
          ifOverflow="hidden"
          label={{
            value: 'After as-of: not observed',
            position: 'insideTopRight',
            fill: c.muted,
            fontSize: REFERENCE_FONT_SIZE,
          }}
        />
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
      {targetLevels(overlays.targets, model, c)}
      {model.asOfX !== undefined && (
        <ReferenceLine
          x={model.asOfX}
          stroke={c.asOf}
          strokeDasharray={REFERENCE_STYLE.asOf.dash}
          ifOverflow="hidden"
          label={{
            value: 'As of',
            position: 'insideBottomLeft',
            fill: c.muted,
            fontSize: REFERENCE_FONT_SIZE,
          }}
        />
      )}
      {model.todayX !== undefined && (
        <ReferenceLine
          x={model.todayX}
          stroke={c.today}
          strokeWidth={REFERENCE_STYLE.today.strokeWidth}
          ifOverflow="hidden"
          label={{
            value: 'Today',
            position: 'insideBottomRight',
            fill: c.today,
            fontSize: REFERENCE_FONT_SIZE,
          }}
        />
      )}
      {model.markers.map((m, i) => (
        <ReferenceLine
          key={m.id}
          x={m.x}
          stroke={c.event}
          strokeOpacity={REFERENCE_STYLE.event.opacity}
          ifOverflow="hidden"
          label={
            <EventMarker
              marker={m}
              row={markerRows[i] ?? 0}
              color={c.event}
              background={c.background}
            />
          }
        />
      ))}
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
  return (
    <PinnableFrame
      pin={pinning.pin}
      wrapperRef={pinning.wrapperRef}
      onKeyDown={pinning.onKeyDown}
      onClose={() => pinning.unpin(true)}
      rows={model.rows}
      keys={keys}
      width={width}
      height={height}
    >
      {chart}
    </PinnableFrame>
  )
}
