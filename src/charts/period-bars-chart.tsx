/** Bars per period (month or year) for one or more series. */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'

import {
  CHART_MARGIN,
  type ChartProps,
  FONT_FAMILY,
} from '@/charts/chart-theme'
import { axisUnitText, plainTick } from '@/charts/axis-unit'
import { ChartTooltip } from '@/charts/chart-tooltip'
import { formatAxisNumber } from '@/domain/format'
import { ROLE_COLORS, seriesStyle } from '@/domain/palette'
import type { PeriodBarsFigureModel, PeriodRow } from '@/domain/period-view'
import { useLang } from '@/i18n/lang-context'

export type PeriodBarsChartProps = ChartProps<
  Pick<PeriodBarsFigureModel, 'rows' | 'bars' | 'yDomain' | 'unit'>
>

export function PeriodBarsChart({
  model,
  width,
  height,
  theme,
  interactive = true,
}: PeriodBarsChartProps) {
  const c = ROLE_COLORS[theme]
  const lang = useLang()
  // Period labels ('2025', 'Sep 2025') and numbers never wrap: one line of SVG
  // text each, not Recharts' <Text>, which measures every word to wrap it.
  const tick = plainTick(c)
  return (
    <BarChart
      width={width}
      height={height}
      data={model.rows as PeriodRow[]}
      margin={CHART_MARGIN}
      accessibilityLayer={interactive}
      style={{ fontFamily: FONT_FAMILY }}
    >
      <CartesianGrid stroke={c.grid} vertical={false} />
      <XAxis
        dataKey="label"
        tick={tick}
        stroke={c.muted}
        interval="preserveStartEnd"
      />
      <YAxis
        domain={model.yDomain as [number, number]}
        tickFormatter={(v: number) => formatAxisNumber(v)}
        tick={tick}
        stroke={c.muted}
        width={56}
        label={axisUnitText(model.unit, c, lang)}
      />
      {model.bars.map((b) => (
        <Bar
          key={b.key}
          dataKey={(row: PeriodRow) => row.values[b.key] ?? null}
          name={b.label}
          fill={seriesStyle(b.styleIndex, theme).color}
          isAnimationActive={false}
        />
      ))}
      {interactive && (
        <Tooltip
          content={<ChartTooltip keys={model.bars.map((b) => b.key)} />}
          isAnimationActive={false}
          cursor={{ fill: c.grid, fillOpacity: 0.5 }}
        />
      )}
    </BarChart>
  )
}
