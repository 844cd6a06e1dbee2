/**
 * The catalogue keys of the page's vocabulary (commodities, range presets,
 * tariff directions, source kinds), by id: full keys, so the catalogue test
 * finds each one. The English words are those of the domain registries
 * (src/domain/commodities.ts, date-range.ts, vocabulary.ts).
 */
import type { Commodity } from '@/domain/commodities'
import type { RangePresetId } from '@/domain/date-range'
import type { DirectionFilter } from '@/domain/filters'
import type { Lang, MessageKey } from '@/domain/i18n'
import { LOCALE_META } from '@/domain/locale'
import type { SourceKind } from '@/domain/vocabulary'

export const COMMODITY_TEXT = {
  tariffs: {
    label: 'controls.commodity.tariffs',
    description: 'controls.commodity.tariffs.description',
  },
  'rare-earths': {
    label: 'controls.commodity.rareEarths',
    description: 'controls.commodity.rareEarths.description',
  },
  soybeans: {
    label: 'controls.commodity.soybeans',
    description: 'controls.commodity.soybeans.description',
  },
} as const satisfies Record<
  Commodity,
  { label: MessageKey; description: MessageKey }
>

export const PRESET_LABEL = {
  'trade-war': 'controls.range.preset.tradeWar',
  'escalation-2025': 'controls.range.preset.escalation2025',
  'busan-deal': 'controls.range.preset.busanDeal',
  'since-2025': 'controls.range.preset.since2025',
} as const satisfies Record<RangePresetId, MessageKey>

export const DIRECTION_LABEL = {
  both: 'controls.tariff.both',
  'us-on-china': 'controls.tariff.usOnChina',
  'china-on-us': 'controls.tariff.chinaOnUs',
} as const satisfies Record<DirectionFilter, MessageKey>

export const SOURCE_KIND_TEXT = {
  official: {
    label: 'sources.kind.official',
    definition: 'sources.kind.official.definition',
  },
  'original-report': {
    label: 'sources.kind.originalReport',
    definition: 'sources.kind.originalReport.definition',
  },
  syndicated: {
    label: 'sources.kind.syndicated',
    definition: 'sources.kind.syndicated.definition',
  },
  secondary: {
    label: 'sources.kind.secondary',
    definition: 'sources.kind.secondary.definition',
  },
} as const satisfies Record<
  SourceKind,
  { label: MessageKey; definition: MessageKey }
>

/** `['Tariffs', 'Soybeans']` → `'Tariffs, Soybeans'` · `'关税、大豆'`. */
export function listOf(items: readonly string[], lang: Lang): string {
  // English lists these with commas alone (no "and"); Chinese with the enumeration comma 、.
  const format = new Intl.ListFormat(LOCALE_META[lang.locale].intl, {
    type: lang.locale === 'en' ? 'unit' : 'conjunction',
    style: lang.locale === 'en' ? 'short' : 'narrow',
  })
  return format.format(items)
}
