/**
 * The catalogue keys of the page's vocabulary (commodities, range presets,
 * tariff directions, source kinds), by id: full keys, so the catalogue test
 * finds each one. The English words are those of the domain registries
 * (src/domain/commodities.ts, date-range.ts, vocabulary.ts).
 */
import type { DirectionFilter } from '@/domain/filters'
import type { Lang, MessageKey } from '@/domain/i18n'
import { LOCALE_META } from '@/domain/locale'

export const DIRECTION_LABEL = {
  both: 'controls.tariff.both',
  'us-on-china': 'controls.tariff.usOnChina',
  'china-on-us': 'controls.tariff.chinaOnUs',
} as const satisfies Record<DirectionFilter, MessageKey>

/** `['Tariffs', 'Soybeans']` → `'Tariffs, Soybeans'` · `'关税、大豆'`. */
export function listOf(items: readonly string[], lang: Lang): string {
  // English lists these with commas alone (no "and"); Chinese with the enumeration comma 、.
  const format = new Intl.ListFormat(LOCALE_META[lang.locale].intl, {
    type: lang.locale === 'en' ? 'unit' : 'conjunction',
    style: lang.locale === 'en' ? 'short' : 'narrow',
  })
  return format.format(items)
}
