/** The commodity registry: every commodity id, label and colour comes from here. */

export const COMMODITIES = ['tariffs', 'rare-earths', 'soybeans'] as const

/** A commodity id as it appears in the dataset and in the URL. */
export type Commodity = (typeof COMMODITIES)[number]

interface CommodityMeta {
  /** Display label, also the start of each figure's accessible name. */
  label: string
  /** One-line description used in the filter's help text. */
  description: string
}

export const COMMODITY_META = {
  tariffs: {
    label: 'Tariffs',
    description: 'US tariffs on Chinese goods and China’s tariffs on US goods',
  },
  'rare-earths': {
    label: 'Rare earths',
    description:
      'Export controls on rare earths and critical minerals, and their pauses',
  },
  soybeans: {
    label: 'Soybeans',
    description:
      'China’s soybean purchase pledges against purchases and imports',
  },
} as const satisfies Record<Commodity, CommodityMeta>

/** Untrusted text → commodity id, or `undefined` when it is not one. */
export function parseCommodity(value: string): Commodity | undefined {
  return (COMMODITIES as readonly string[]).includes(value)
    ? (value as Commodity)
    : undefined
}
