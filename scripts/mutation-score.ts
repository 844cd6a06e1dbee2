/**
 * `npm run test:mutation:score`: mutation scores per folder from Stryker's
 * incremental file (`reports/stryker-incremental.json`, the same `files`
 * layout as its JSON report), and merging of such files.
 *
 *   tsx scripts/mutation-score.ts [file]              table per folder (default: the incremental file)
 *   tsx scripts/mutation-score.ts --merge out a b …   files of later inputs replace earlier ones
 *
 * Stryker writes the results of one run only: a run on `src/domain` alone
 * leaves out `src/data`. Merging keeps every folder's latest results in the
 * committed file, so the next run reuses them.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

interface Mutant {
  status: string
}
export interface Report {
  files: Record<string, { mutants: Mutant[] }>
  [key: string]: unknown
}

export interface Score {
  folder: string
  files: number
  killed: number
  timeout: number
  survived: number
  noCoverage: number
  /** Stryker's mutation score: detected / (detected + undetected), in %. */
  score: number
}

/** Per folder (the path up to its last "/"), as Stryker counts: ignored and erroring mutants are left out. */
export function scoresByFolder(report: Report, depth = 2): Score[] {
  const by = new Map<string, Score>()
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = file.split('/').slice(0, depth).join('/')
    const s = by.get(folder) ?? {
      folder,
      files: 0,
      killed: 0,
      timeout: 0,
      survived: 0,
      noCoverage: 0,
      score: 0,
    }
    s.files++
    for (const { status } of mutants) {
      if (status === 'Killed') s.killed++
      else if (status === 'Timeout') s.timeout++
      else if (status === 'Survived') s.survived++
      else if (status === 'NoCoverage') s.noCoverage++
    }
    by.set(folder, s)
  }
  return [...by.values()]
    .map((s) => {
      const detected = s.killed + s.timeout
      const valid = detected + s.survived + s.noCoverage
      return { ...s, score: valid ? (100 * detected) / valid : 100 }
    })
    .sort((a, b) => a.folder.localeCompare(b.folder))
}

/** The reports' files together; a file in a later report replaces the earlier one. */
export function mergeReports(reports: readonly Report[]): Report {
  const [first, ...rest] = reports
  if (!first) throw new Error('mutation-score: nothing to merge')
  const files = { ...first.files }
  for (const r of rest) Object.assign(files, r.files)
  const testFiles = Object.assign(
    {},
    ...reports.map((r) => (r.testFiles as object | undefined) ?? {}),
  ) as unknown
  return { ...reports.at(-1)!, files, testFiles }
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Report

function main(args: string[]) {
  if (args[0] === '--merge') {
    const [, out, ...inputs] = args
    if (!out || inputs.length === 0)
      throw new Error(
        'usage: mutation-score.ts --merge out.json a.json b.json …',
      )
    writeFileSync(out, JSON.stringify(mergeReports(inputs.map(read))))
    args = [out]
  }
  const rows = scoresByFolder(
    read(args[0] ?? 'reports/stryker-incremental.json'),
  )
  console.log(
    '| folder | files | killed | timeout | survived | no coverage | score |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  for (const r of rows)
    console.log(
      `| \`${r.folder}\` | ${r.files} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} | ${r.score.toFixed(1)}% |`,
    )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main(process.argv.slice(2))
