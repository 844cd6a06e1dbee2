/** `npm run data:check` on broken copies of the shipped dataset: path-precise errors, exit 1. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- test mutates arbitrary JSON

const original = readFileSync('data/commitments.json', 'utf8')
const copy = (): Json => JSON.parse(original) as Json

/** [name, how to break a copy, a line the CLI must print]. */
const BREAKAGES: [string, (d: Json) => Json | string, string][] = [
  [
    'wrong type',
    (d) => ((d.series[0].points[0].value = '10'), d),
    'series[0].points[0].value: expected number, received string',
  ],
  [
    'unknown source id',
    (d) => ((d.series[0].points[0].sources[0] = 'no-such-source'), d),
    'series[0].points[0].sources[0]: unknown source id "no-such-source"',
  ],
  [
    'reversed window',
    (d) => (
      (d.measures[0].windows[0].end = '2000-01-01'),
      (d.measures[0].windows[0].endStatus = 'observed'),
      d
    ),
    'measures[0].windows[0].end: window ends (2000-01-01) before it starts',
  ],
  [
    'negative target',
    (d) => ((d.targets[0].value = -12), d),
    'targets[0].value: expected a target ≥ 0',
  ],
  [
    'date not ISO',
    (d) => ((d.series[0].points[0].date = '10/11/2025'), d),
    'series[0].points[0].date: expected an ISO date (YYYY-MM-DD)',
  ],
  [
    'duplicate id',
    (d) => ((d.series[1].id = d.series[0].id), d),
    'series[1].id: duplicate series id',
  ],
  [
    'missing as-of',
    (d) => (delete d.meta.asOf, d),
    'meta.asOf: required field is missing (expected string)',
  ],
  [
    'observed after as-of',
    (d) => (
      d.series[0].points.push({
        date: '2027-01-01',
        value: 1,
        status: 'in-force',
        sources: d.series[0].points[0].sources,
      }),
      d
    ),
    'must be "scheduled", not "in-force"',
  ],
  [
    'unknown field',
    (d) => ((d.events[0].labl = 'typo'), d),
    'events[0]: unknown field "labl"',
  ],
  [
    'absurd tariff',
    (d) => ((d.series[0].points[0].value = 5000), d),
    'series[0].points[0].value: 5000 pct is not believable',
  ],
  [
    'truncated JSON',
    () => original.slice(0, 200),
    'The dataset is not valid JSON',
  ],
  ['empty file', () => '', 'The dataset file is empty'],
  [
    'no Chinese label',
    (d) => (delete d.events[0].zh, d),
    `events[0] "geneva-talks-2025-05": no Chinese label (zh.label)`,
  ],
  [
    'English in a Chinese label',
    (d) => ((d.series[0].zh.label = 'Section 301 List 1'), d),
    'series[0] "us-s301-list-1": zh.label has no Chinese character: "Section 301 List 1"',
  ],
  [
    'Chinese items not paired with items',
    (d) => (d.measures[0].zh.items.pop(), d),
    'measures[0].zh.items: expected 2 items, one per entry of "items" (got 1)',
  ],
]

describe('npm run data:check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'data-check-'))
  const files = BREAKAGES.map(([name, breakIt], i) => {
    const file = join(dir, `${i}-${name.replace(/\W+/g, '-')}.json`)
    const broken = breakIt(copy())
    writeFileSync(
      file,
      typeof broken === 'string' ? broken : JSON.stringify(broken, null, 2),
    )
    return file
  })
  const run = spawnSync(
    'node_modules/.bin/tsx',
    ['scripts/data-check.ts', 'data/commitments.json', ...files],
    {
      encoding: 'utf8',
    },
  )
  /** The CLI's report for one file: from its ✗/✓ line to the next one. */
  const reportFor = (file: string): string => {
    const all = `${run.stdout}${run.stderr}`
    const start = all.indexOf(file)
    const next = all.slice(start + file.length).search(/\n[✓✗] /)
    return next === -1
      ? all.slice(start)
      : all.slice(start, start + file.length + next)
  }

  it('exits 1 when any file is broken, and passes the shipped file', () => {
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('✓ data/commitments.json: valid')
  })

  it('accepts a dataset without Chinese with --english-only, not without', () => {
    const english = copy()
    delete english.meta.zh
    for (const list of ['series', 'targets', 'measures', 'events'])
      for (const record of english[list]) delete record.zh
    for (const target of english.targets)
      for (const deadline of target.deadlines) delete deadline.zh
    for (const gap of english.meta.gaps) delete gap.zh
    const file = join(dir, 'english-only.json')
    writeFileSync(file, JSON.stringify(english, null, 2))
    const lenient = spawnSync(
      'node_modules/.bin/tsx',
      ['scripts/data-check.ts', '--english-only', file],
      { encoding: 'utf8' },
    )
    expect(lenient.stdout).toContain(`✓ ${file}: valid`)
    expect(lenient.status).toBe(0)
    const strict = spawnSync(
      'node_modules/.bin/tsx',
      ['scripts/data-check.ts', file],
      {
        encoding: 'utf8',
      },
    )
    expect(strict.status).toBe(1)
    expect(strict.stderr).toContain('meta: no Chinese title (zh.title)')
  }, 30_000)

  it.each(
    BREAKAGES.map(([name, , line], i) => [name, files[i]!, line] as const),
  )('reports %s precisely', (_name, file, line) => {
    expect(reportFor(file)).toContain(line)
  })
})
