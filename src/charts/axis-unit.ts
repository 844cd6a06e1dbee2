/** The unit written along a value axis, in the reader's language (the ticks are in this unit). */
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
