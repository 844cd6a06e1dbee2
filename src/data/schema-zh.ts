/**
 * The optional `zh` objects of the dataset file: the Simplified Chinese text of
 * a record's display fields, under the same names as the English ones. Optional
 * so that a dataset without Chinese still loads (the app falls back to English);
 * `npm run data:check` requires them (src/data/check-zh.ts). Sources have none:
 * their titles stay in their original language.
 */
import { z } from 'zod'

import { text } from '@/data/schema-text'

const zh = <T extends z.core.$ZodLooseShape>(shape: T, what: string) =>
  z
    .strictObject(shape)
    .optional()
    .describe(`Simplified Chinese text of this ${what}'s display fields`)

export const seriesZh = zh(
  {
    label: text,
    shortLabel: text.optional(),
    layer: text.optional(),
    description: text.optional(),
    method: text.optional(),
  },
  'series',
)

export const pointZh = zh(
  { note: text.optional(), conflict: text.optional() },
  'point',
)

export const labelZh = (what: string) =>
  zh({ label: text, note: text.optional() }, what)

export const measureZh = zh(
  {
    label: text,
    reference: text.optional(),
    items: z
      .array(text)
      .optional()
      .describe('One entry per entry of `items`, in the same order'),
    note: text.optional(),
  },
  'measure',
)

export const windowZh = zh({ note: text.optional() }, 'window')

export const eventZh = zh(
  { label: text, description: text.optional() },
  'event',
)

export const gapZh = zh({ text }, 'gap')

export const metaZh = zh({ title: text, description: text }, 'dataset')

/** `zh.items`, when given, must pair one to one with `items` (a superRefine). */
export function checkZhItems(
  measure: { items: readonly string[]; zh?: { items?: readonly string[] } },
  ctx: z.RefinementCtx,
): void {
  const zhItems = measure.zh?.items
  const n = measure.items.length
  if (zhItems === undefined || zhItems.length === n) return
  ctx.addIssue({
    code: 'custom',
    input: zhItems,
    path: ['zh', 'items'],
    message: `expected ${n} item${n === 1 ? '' : 's'}, one per entry of "items" (got ${zhItems.length})`,
  })
}
