/**
 * The dataset file's schema: the single source of truth for `data/*.json`.
 * `data/commitments.schema.json` is generated from it (`npm run data:schema`).
 */
import { z } from 'zod'

import * as zh from '@/data/schema-zh'
import { text } from '@/data/schema-text'
import { COMMODITIES } from '@/domain/commodities'
import {
  CLAIMANTS,
  DATE_PRECISIONS,
  DIRECTIONS,
  EVENT_KINDS,
  MEASURES,
  PERIODS,
  POINT_STATUSES,
  SERIES_KINDS,
  SIDES,
  SOURCE_KINDS,
  UNITS,
  WINDOW_END_STATUSES,
  WINDOW_STATES,
} from '@/domain/vocabulary'

// zod runs without compiled validators: see src/data/schema-text.ts, the
// first schema module evaluated, which switches them off.

/**
 * 2: sources gained `kind`/`via`, lost `confidence`/`official`; titles may be
 * null. Still 2 with the optional `zh` objects: every version-2 file stays valid.
 */
export const SCHEMA_VERSION = 2

export const isoDate = z.iso
  .date({ error: 'expected an ISO date (YYYY-MM-DD)' })
  .describe('ISO 8601 calendar date, YYYY-MM-DD (UTC)')

export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, {
    error: 'expected a kebab-case id (a-z, 0-9, -)',
  })
  .max(120)

export { text }

const sourceRefs = z
  .array(id)
  .min(1, { error: 'expected at least one source id' })
  .describe('Ids of entries in `sources`')

const commodity = z.enum(COMMODITIES)

export const rawSourceSchema = z.strictObject({
  id,
  publisher: text.describe(
    'Who published the page (for a syndicated copy: the site that republished it)',
  ),
  title: text
    .nullable()
    .describe('Title as shown on the page; null when the page shows none'),
  url: text.describe('http(s) URL of the page'),
  published: isoDate
    .nullable()
    .describe('Publication date; null when the page shows none'),
  publishedPrecision: z
    .enum(DATE_PRECISIONS)
    .optional()
    .describe('"month" when the page gives only the month (default day)'),
  kind: z.enum(SOURCE_KINDS).describe('What kind of page this is'),
  via: text
    .optional()
    .describe('The original outlet of a syndicated copy (e.g. "Reuters")'),
  note: text.optional(),
})

export const rawPointSchema = z.strictObject({
  date: isoDate.describe(
    'When the value applies; for a monthly or annual value, the first day of the period',
  ),
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  value: z.number(),
  low: z.number().optional().describe('Low end of a reported range'),
  high: z.number().optional().describe('High end of a reported range'),
  approx: z.boolean().optional().describe('The source says "about"'),
  suspendedValue: z
    .number()
    .min(0)
    .optional()
    .describe('Part of the rate suspended on this date that would snap back'),
  suspendedUntil: isoDate.optional(),
  status: z.enum(POINT_STATUSES),
  sources: sourceRefs,
  note: text.optional(),
  conflict: text
    .optional()
    .describe('What other sources say instead; shown with the value'),
  zh: zh.pointZh,
})

export const rawSeriesSchema = z.strictObject({
  id,
  commodity,
  kind: z.enum(SERIES_KINDS),
  label: text,
  shortLabel: text
    .optional()
    .describe('A short name for compact places, e.g. "USDA" or "traders"'),
  unit: z.enum(UNITS),
  period: z.enum(PERIODS),
  direction: z.enum(DIRECTIONS).optional(),
  layer: text
    .optional()
    .describe('Legal layer of a tariff, e.g. "Section 301"'),
  measure: z.enum(MEASURES).optional(),
  method: text.optional().describe('How an estimate is computed'),
  description: text,
  defaultVisible: z.boolean().optional(),
  zh: zh.seriesZh,
  headline: z
    .boolean()
    .optional()
    .describe('A headline total, drawn emphasised above its layers'),
  points: z
    .array(rawPointSchema)
    .min(1, { error: 'expected at least one point' }),
})

export const rawDeadlineSchema = z.strictObject({
  id,
  date: isoDate,
  label: text,
  approx: z.boolean().optional(),
  sources: sourceRefs,
  note: text.optional(),
  zh: zh.labelZh('deadline'),
})

export const rawTargetSchema = z.strictObject({
  id,
  commodity,
  label: text,
  unit: z.enum(UNITS),
  value: z.number().min(0, { error: 'expected a target ≥ 0' }),
  start: isoDate,
  deadlines: z
    .array(rawDeadlineSchema)
    .min(1, { error: 'expected at least one deadline' }),
  claimant: z.enum(CLAIMANTS),
  confirmed: z
    .boolean()
    .describe('False when the other side never confirmed the figure'),
  trackedBy: z.array(id).describe('Series that measure progress'),
  sources: sourceRefs,
  note: text.optional(),
  zh: zh.labelZh('target'),
})

export const rawWindowSchema = z.strictObject({
  state: z.enum(WINDOW_STATES),
  start: isoDate,
  end: isoDate.nullable().describe('null = no end known'),
  endStatus: z.enum(WINDOW_END_STATUSES),
  sources: sourceRefs,
  note: text.optional(),
  zh: zh.windowZh,
})

export const rawMeasureSchema = z
  .strictObject({
    id,
    commodity,
    side: z.enum(SIDES),
    label: text,
    reference: text.describe('Announcement or legal instrument'),
    items: z.array(text).min(1, { error: 'expected at least one item' }),
    announced: isoDate,
    windows: z
      .array(rawWindowSchema)
      .min(1, { error: 'expected at least one window' }),
    sources: sourceRefs,
    note: text.optional(),
    zh: zh.measureZh,
  })
  .superRefine(zh.checkZhItems)

export const rawEventSchema = z.strictObject({
  id,
  date: isoDate,
  endDate: isoDate.optional(),
  datePrecision: z
    .enum(DATE_PRECISIONS)
    .optional()
    .describe(
      '"month" for an event known only to the month (date = its first day); default day',
    ),
  kind: z.enum(EVENT_KINDS),
  label: text.describe('Short annotation label'),
  description: text,
  commodities: z.array(commodity).min(1),
  scheduled: z.boolean().optional(),
  sources: sourceRefs,
  zh: zh.eventZh,
})

export const rawGapSchema = z.strictObject({
  id,
  text,
  commodities: z.array(commodity),
  zh: zh.gapZh,
})

export const rawMetaSchema = z.strictObject({
  title: text,
  version: text,
  asOf: isoDate.describe(
    'Latest date the data covers; anything later is scheduled, not observed',
  ),
  checkedOn: isoDate.describe('When the sources were last checked'),
  description: text,
  gaps: z.array(rawGapSchema),
  zh: zh.metaZh,
})

export const rawDatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: rawMetaSchema,
  sources: z.array(rawSourceSchema).min(1),
  series: z.array(rawSeriesSchema),
  targets: z.array(rawTargetSchema),
  measures: z.array(rawMeasureSchema),
  events: z.array(rawEventSchema),
})

export type RawDataset = z.infer<typeof rawDatasetSchema>
export type RawSeries = z.infer<typeof rawSeriesSchema>
export type RawPoint = z.infer<typeof rawPointSchema>
export type RawSource = z.infer<typeof rawSourceSchema>
export type RawTarget = z.infer<typeof rawTargetSchema>
export type RawMeasure = z.infer<typeof rawMeasureSchema>
export type RawWindow = z.infer<typeof rawWindowSchema>
export type RawEvent = z.infer<typeof rawEventSchema>
export type RawGap = z.infer<typeof rawGapSchema>
export type RawMeta = z.infer<typeof rawMetaSchema>
export type RawDeadline = z.infer<typeof rawDeadlineSchema>
