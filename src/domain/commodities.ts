/** The commodity registry: every commodity id, label and colour comes from here. */
import type { MessageKey } from '@/domain/i18n'

export const COMMODITIES = ['tariffs', 'rare-earths', 'soybeans'] as const

/** A commodity id as it appears in the dataset and in the URL. */
export type Commodity = (typeof COMMODITIES)[number]

interface CommodityMeta {
  /** Display label's message, also the start of each figure's accessible name. */
  labelKey: MessageKey
  /** English label, for the calendar (src/domain/calendar), until it reads `labelKey`. */
  label: string
  /** One-line description used in the filter's help text. */
  descriptionKey: MessageKey
}

export const COMMODITY_META = {
  tariffs: {
    labelKey: 'vocab.commodity.tariffs',
    label: 'Tariffs',
    descriptionKey: 'vocab.commodity.tariffs.description',
  },
  'rare-earths': {
    labelKey: 'vocab.commodity.rareEarths',
    label: 'Rare earths',
    descriptionKey: 'vocab.commodity.rareEarths.description',
  },
  soybeans: {
    labelKey: 'vocab.commodity.soybeans',
    label: 'Soybeans',
    descriptionKey: 'vocab.commodity.soybeans.description',
  },
} as const satisfies Record<Commodity, CommodityMeta>

/** Untrusted text → commodity id, or `undefined` when it is not one. */
export function parseCommodity(value: string): Commodity | undefined {
  return (COMMODITIES as readonly string[]).includes(value)
    ? (value as Commodity)
    : undefined
}
