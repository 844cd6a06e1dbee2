/** Draws a TimeChartModel: lines on a numeric UTC time axis, with as-of, today, events and targets. */
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import {
  CHART_MARGIN,
  FONT_FAMILY,
  LINE_STYLE,
  MARKER_MAX_ROWS,
  MARKER_MIN_GAP_PX,
  TICK_FONT_SIZE,
  maxTicksFor,
} from '@/charts/chart-theme'
import { assignMarkerRows } from '@/charts/marker-rows'
import { ChartTooltip } from '@/charts/chart-tooltip'
import { EventMarker } from '@/charts/event-marker'
import { strokeOf } from '@/charts/legend-items'
import { DAY_MS } from '@/domain/dates'
import { formatAxisMonth, formatAxisNumber, formatValue } from '@/domain/format'
import { type Theme, ROLE_COLORS } from '@/domain/palette'
import type { TargetOverlay } from '@/domain/soybean-view'
import { computeTimeTicks } from '@/domain/ticks'
import type { ChartRow, TimeChartModel } from '@/domain/time-chart'

export interface TimeChartProps {
  model: TimeChartModel
  width: number
  height: number
  theme: Theme
  targets?: readonly TargetOverlay[]
  bands?: readonly { lowKey: string; highKey: string; label: string }[]
  /** Off for exports: no tooltip, no focusable markers. */
  interactive?: boolean
}

const valueOf = (key: string) => (row: ChartRow) => row.values[key] ?? null

export function TimeChart({
  model,
  width,
  height,
  theme,
  targets = [],
  bands = [],
  interactive = true,
}: TimeChartProps) {
  const c = ROLE_COLORS[theme]
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
  const plotWidth = width - CHART_MARGIN.left - CHART_MARGIN.right - 52
  const [d0, d1] = model.xDomain
  const markerRows = assignMarkerRows(
    model.markers.map((m) => ((m.x - d0) / (d1 - d0)) * plotWidth),
    MARKER_MIN_GAP_PX,
    MARKER_MAX_ROWS,
  )
  return (
    <ComposedChart
      width={width}
      height={height}
      data={model.rows as ChartRow[]}
      margin={CHART_MARGIN}
      accessibilityLayer={interactive}
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
        width={52}
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
          fillOpacity={0.8}
          ifOverflow="hidden"
          label={{
            value: 'After as-of: not observed',
            position: 'insideTopRight',
            fill: c.muted,
            fontSize: 11,
          }}
        />
      )}
      {targets.map((t) => (
        <ReferenceArea
          key={`${t.id}-band`}
          x1={t.bandX[0]}
          x2={t.bandX[1] > t.bandX[0] ? t.bandX[1] : t.bandX[0] + DAY_MS}
          fill={c.target}
          fillOpacity={0.08}
          stroke={c.target}
          strokeOpacity={0.4}
          strokeDasharray="2 2"
          ifOverflow="hidden"
        />
      ))}
      {bands.map((b) => (
        <Area
          key={b.label}
          dataKey={(row: ChartRow) => {
            const lo = row.values[b.lowKey]
            const hi = row.values[b.highKey]
            return lo == null || hi == null ? null : [lo, hi]
          }}
          name={b.label}
          stroke="none"
          fill={c.target}
          fillOpacity={0.12}
          connectNulls
          isAnimationActive={false}
          activeDot={false}
          legendType="none"
        />
      ))}
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
      {targets.flatMap((t) => [
        <ReferenceLine
          key={`${t.id}-level`}
          y={t.value}
          stroke={c.target}
          strokeDasharray="6 3"
          ifOverflow="extendDomain"
          label={{
            value: `${formatValue(t.value, model.unit)} pledge${t.confirmed ? '' : ' (not confirmed by China)'}`,
            position: 'insideTopLeft',
            fill: c.text,
            fontSize: 11,
          }}
        />,
        ...t.deadlines
          .filter((d) => d.x >= model.xDomain[0] && d.x <= model.xDomain[1])
          .map((d, i) => (
            <ReferenceLine
              key={`${t.id}-deadline-${i}`}
              x={d.x}
              stroke={c.target}
              strokeDasharray="1 3"
              ifOverflow="hidden"
            />
          )),
      ])}
      {model.asOfX !== undefined && (
        <ReferenceLine
          x={model.asOfX}
          stroke={c.asOf}
          strokeDasharray="3 3"
          ifOverflow="hidden"
          label={{
            value: 'As of',
            position: 'insideBottomLeft',
            fill: c.muted,
            fontSize: 11,
          }}
        />
      )}
      {model.todayX !== undefined && (
        <ReferenceLine
          x={model.todayX}
          stroke={c.today}
          strokeWidth={1.5}
          ifOverflow="hidden"
          label={{
            value: 'Today',
            position: 'insideBottomRight',
            fill: c.today,
            fontSize: 11,
          }}
        />
      )}
      {model.markers.map((m, i) => (
        <ReferenceLine
          key={m.id}
          x={m.x}
          stroke={c.event}
          strokeOpacity={0.45}
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
        <Tooltip
          content={<ChartTooltip keys={model.lines.map((l) => l.key)} />}
          isAnimationActive={false}
          cursor={{ stroke: c.muted, strokeDasharray: '2 2' }}
        />
      )}
    </ComposedChart>
  )
}
