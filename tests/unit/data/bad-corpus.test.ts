/** Every file of the bad/hostile corpus through the app's loader pipeline, as its index says. */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { DatasetError, formatProblem } from '@/data/dataset-error'
import { validateDatasetLenient } from '@/data/lenient-dataset'
import { MAX_DATASET_BYTES } from '@/data/dataset-limits'
import { parseDatasetText } from '@/data/validate-dataset'
import type { CorpusEntry } from '../../fixtures/bad/generate'

const DIR = 'tests/fixtures/bad'
const index = JSON.parse(
  readFileSync(`${DIR}/index.json`, 'utf8'),
) as CorpusEntry[]

function load(text: string) {
  return parseDatasetText(text, validateDatasetLenient)
}

describe('bad and hostile dataset corpus', () => {
  it('has at least 30 files, each described', () => {
    expect(index.length).toBeGreaterThanOrEqual(30)
    expect(index.every((e) => e.breaks.length > 5)).toBe(true)
  })

  it.each(index.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
    const text = readFileSync(`${DIR}/${entry.file}`, 'utf8')
    const { expect: want } = entry
    if ('reject' in want) {
      let caught: unknown
      try {
        load(text)
      } catch (error) {
        caught = error
      }
      expect(caught).toBeInstanceOf(DatasetError)
      const error = caught as DatasetError
      expect(error.kind).toBe(want.reject)
      expect(
        [error.message, ...error.problems.map(formatProblem)].join('\n'),
      ).toContain(want.fragment)
      return
    }
    const dataset = load(text)
    if ('dropped' in want) {
      expect(dataset.dropped.length).toBeGreaterThanOrEqual(want.dropped)
      expect(dataset.dropped.flatMap((d) => d.reasons).join('\n')).toContain(
        want.fragment,
      )
    } else {
      expect(dataset.dropped).toEqual([])
      expect(JSON.stringify(dataset)).toContain(
        JSON.stringify(want.fragment).slice(1, -1),
      )
    }
  })

  it('rejects an enormous file before parsing it', () => {
    const huge = `{"pad":"${'x'.repeat(MAX_DATASET_BYTES)}"}`
    expect(() => load(huge)).toThrow(/larger than the 16 MB limit/)
  })
})
