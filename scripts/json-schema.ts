/** Builds the published JSON Schema of the dataset file from the zod schema. */
import { z } from 'zod'

import { rawDatasetSchema } from '../src/data/schema'

export const JSON_SCHEMA_PATH = 'data/commitments.schema.json'

export function buildJsonSchemaText(): string {
  const schema = z.toJSONSchema(rawDatasetSchema, {
    target: 'draft-2020-12',
    io: 'input',
  })
  const withId = {
    ...schema,
    $id: 'https://truce-tracker.example/data/commitments.schema.json',
    title: 'Truce Tracker dataset',
    description:
      'Generated from src/data/schema.ts by `npm run data:schema`; do not edit by hand. Semantic rules (unique ids, known source ids, windows in order, nothing observed after meta.asOf) are checked by `npm run data:check`.',
  }
  return `${JSON.stringify(withId, null, 2)}\n`
}
