/**
 * Prints the deadlines calendar of a dataset file (default: the bundled one)
 * as the build emits it to dist/deadlines.ics. The e2e test runs it in a
 * fresh process to check that generation is reproducible.
 *
 *   npx tsx scripts/deadlines-calendar.ts [data/commitments.json]
 */
import { readFileSync } from 'node:fs'

import { deadlinesCalendarFile } from '../src/calendar-file'

const file = process.argv[2] ?? 'data/commitments.json'
process.stdout.write(deadlinesCalendarFile(readFileSync(file, 'utf8')))
