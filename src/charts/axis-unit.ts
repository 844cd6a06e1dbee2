/** The unit written along a value axis, in the reader's language (the ticks are in this unit). */
import { createElement } from 'react'
import type { XAxisTickContentProps } from 'recharts'

import { FONT_FAMILY, TICK_FONT_SIZE } from '@/charts/chart-theme'
import type { Lang, MessageKey } from '@/domain/i18n'
import type { RoleColors } from '@/domain/palette'
import type { Unit } from '@/domain/vocabulary'

/** Ticks of an Mt axis stay in Mt, so Chinese names the unit 百万吨, not 万吨. */
const AXIS_UNIT: Record<Unit, MessageKey> = {
  pct: 'charts.axis.unitPct',
  Mt: 'charts.axis.unitMt',
  t: 'charts.axis.unitT',
  'usd-bn': 'charts.axis.unitUsdBn',
}

export function axisUnitLabel(unit: Unit, lang: Lang): string {
  return lang.t(AXIS_UNIT[unit])
}

/** How a Recharts axis draws its ticks. */
export function axisTick(c: RoleColors) {
  return { fontSize: TICK_FONT_SIZE, fill: c.muted, fontFamily: FONT_FAMILY }
}

/** What a Recharts axis (X or Y) passes to a tick renderer: the parts used here. */
export type TickRenderProps = Pick<
  XAxisTickContentProps,
  | 'x'
  | 'y'
  | 'textAnchor'
  | 'verticalAnchor'
  | 'className'
  | 'index'
  | 'payload'
  | 'tickFormatter'
>

/**
 * Where a one-line label's baseline sits against its anchor, as Recharts'
 * <Text> places it: below (start), centred on (middle) or above (end).
 */
const TICK_DY = { start: '0.71em', middle: '0.355em', end: '0em' } as const

/**
 * A tick label drawn as one line of SVG text, the way Recharts' <Text> draws
 * it when it fits, but without measuring it: Recharts gives each tick label
 * the axis's width and measures every word in the DOM to wrap it, which was
 * the largest part left of the time charts' first render (~25 ms of script per page
 * load at 1280 px). Time and value ticks are short and never wrap: each axis
 * is given only ticks that fit (computeTimeTicks, maxTicksFor).
 */
export function plainTick(c: RoleColors) {
  const style = axisTick(c)
  function PlainTick({
    x,
    y,
    textAnchor = 'middle',
    verticalAnchor = 'middle',
    className,
    index,
    payload,
    tickFormatter,
  }: TickRenderProps) {
    return createElement(
      'text',
      {
        x,
        y,
        textAnchor,
        stroke: 'none',
        fill: style.fill,
        fontSize: style.fontSize,
        fontFamily: style.fontFamily,
        className,
      },
      createElement(
        'tspan',
        { x, dy: TICK_DY[verticalAnchor] },
        tickFormatter
          ? tickFormatter(payload.value, index)
          : String(payload.value as unknown),
      ),
    )
  }
  return PlainTick
}

/** The unit written up a Recharts value axis (its `label`). */
export function axisUnitText(unit: Unit, c: RoleColors, lang: Lang) {
  return {
    value: axisUnitLabel(unit, lang),
    angle: -90,
    position: 'insideLeft' as const,
    fill: c.muted,
    fontSize: TICK_FONT_SIZE,
  }
}
