/** The unit written along a value axis, in the reader's language (the ticks are in this unit). */
import type { Lang, MessageKey } from '@/domain/i18n'
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
