/**
 * `npm run data:check -- [--english-only] [file …]`: validates dataset files
 * with the app's own pipeline (schema + semantic checks), then their Chinese
 * text (src/data/check-zh.ts), and prints every problem with its JSON path.
 * `--english-only` accepts records without Chinese (a user's own dataset; the
 * app falls back to English) but still checks the Chinese that is there.
 * Exit code 0 when every file is valid, 1 otherwise.
 */
import { readFileSync } from 'node:fs'

import { checkZh } from '../src/data/check-zh'
import { DatasetError, formatProblem } from '../src/data/dataset-error'
import type { RawDataset } from '../src/data/schema'
import { parseDatasetText, validateDataset } from '../src/data/validate-dataset'
import type { Dataset } from '../src/domain/types'

const args = process.argv.slice(2)
const requireZh = !args.includes('--english-only')
const files = args.filter((a) => a !== '--english-only')
if (files.length === 0) files.push('data/commitments.json')

/** The app's validation, then the Chinese text check. */
function validateWithChinese(json: unknown): Dataset {
  const dataset = validateDataset(json)
  // The schema passed and transforms nothing: `json` is a RawDataset.
  const problems = checkZh(json as RawDataset, { requireZh })
  if (problems.length > 0)
    throw new DatasetError('semantic', 'The Chinese text is incomplete', {
      problems,
    })
  return dataset
}

let failed = 0
for (const file of files) {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    console.error(
      `✗ ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    )
    failed++
    continue
  }
  try {
    const d = parseDatasetText(text, validateWithChinese)
    const points = d.series.reduce((n, s) => n + s.points.length, 0)
    const windows = d.measures.reduce((n, m) => n + m.windows.length, 0)
    console.log(
      `✓ ${file}: valid — ${Object.keys(d.sources).length} sources, ${d.series.length} series (${points} points), ${d.targets.length} targets, ${d.measures.length} measures (${windows} windows), ${d.events.length} events; version ${d.meta.version}`,
    )
  } catch (error) {
    failed++
    if (!(error instanceof DatasetError)) throw error
    console.error(`✗ ${file}: ${error.message}`)
    for (const problem of error.problems)
      console.error(`  ${formatProblem(problem)}`)
    if (error.problems.length > 0)
      console.error(
        `  (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'})`,
      )
  }
}
process.exit(failed === 0 ? 0 : 1)
