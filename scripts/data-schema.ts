/** `npm run data:schema`: writes data/commitments.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs'

import { JSON_SCHEMA_PATH, buildJsonSchemaText } from './json-schema'

writeFileSync(JSON_SCHEMA_PATH, buildJsonSchemaText())
console.log(`wrote ${JSON_SCHEMA_PATH}`)
