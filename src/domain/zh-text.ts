/**
 * The Simplified Chinese text of a record's display fields, under the same
 * names as the English ones. Optional everywhere: a dataset without Chinese
 * still loads, and `inLocale` (src/domain/localized.ts) falls back to English.
 */

export interface SeriesZh {
  readonly label: string
  readonly shortLabel?: string
  readonly layer?: string
  readonly description?: string
  readonly method?: string
}

export interface PointZh {
  readonly note?: string
  readonly conflict?: string
}

/** A target's or a deadline's Chinese text. */
export interface LabelZh {
  readonly label: string
  readonly note?: string
}

export interface MeasureZh {
  readonly label: string
  readonly reference?: string
  /** One entry per entry of the measure's `items`, in the same order. */
  readonly items?: readonly string[]
  readonly note?: string
}

export interface WindowZh {
  readonly note?: string
}

export interface EventZh {
  readonly label: string
  readonly description?: string
}

export interface GapZh {
  readonly text: string
}

export interface MetaZh {
  readonly title: string
  readonly description: string
}
