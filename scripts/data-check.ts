/**
 * `npm run data:check -- [file …]`: validates dataset files with the app's own
 * pipeline (schema + semantic checks) and prints every problem with its JSON path.
 * Exit code 0 when every file is valid, 1 otherwise.
 */
import { readFileSync } from 'node:fs'

import { DatasetError, formatProblem } from '../src/data/dataset-error'
import { parseDatasetText } from '../src/data/validate-dataset'

const files = process.argv.slice(2)
if (files.length === 0) files.push('data/commitments.json')

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
    const d = parseDatasetText(text)
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
