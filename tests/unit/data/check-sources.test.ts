import { describe, expect, it } from 'vitest'

import { checkSemantics } from '@/data/check-semantics'
import type { DatasetError } from '@/data/dataset-error'
import type { RawDataset } from '@/data/schema'
import { validateDataset } from '@/data/validate-dataset'
import { makeDataset, makeEvent, makeSource } from '../../fixtures/builders'

const problems = (data: RawDataset) =>
  checkSemantics(data).map((p) => `${p.path}: ${p.message}`)

const js = makeSource({ id: 'js', url: 'javascript:alert(1)' })
const data = makeSource({ id: 'data', url: 'data:text/html,x' })
const wire = makeSource({
  id: 'wire',
  kind: 'syndicated',
  via: 'Reuters',
  publisher: 'Baird Maritime',
})

describe('source rules (data:check)', () => {
  it.each([
    ['a syndicated source with via', [makeSource(), wire], [], []],
    [
      'an event citing an http source and a javascript: one',
      [makeSource(), js],
      ['str-2025-11', 'js'],
      [],
    ],
    [
      'a syndicated source without via',
      [makeSource(), makeSource({ id: 'copy', kind: 'syndicated' })],
      [],
      [
        'sources[1].via: a syndicated source must name its original outlet in "via"',
      ],
    ],
    [
      'via on a source that is not syndicated',
      [makeSource({ via: 'Reuters' })],
      [],
      [
        'sources[0].via: only a syndicated source has "via" (this one is "original-report")',
      ],
    ],
    [
      'an event citing only non-http sources',
      [makeSource(), js, data],
      ['js', 'data'],
      [
        'events[1].sources: cites only sources whose URL is not http(s): a reader can open none of them',
      ],
    ],
  ])('%s', (_, sources, eventSources, expected) => {
    const events = [makeEvent()]
    if (eventSources.length > 0)
      events.push(makeEvent({ id: 'e2', sources: eventSources }))
    expect(problems(makeDataset({ sources, events }))).toEqual(expected)
  })

  it('rejects a source without a kind at the schema', () => {
    const { kind: _, ...kindless } = makeSource()
    let paths: string[] = []
    try {
      validateDataset({ ...makeDataset(), sources: [kindless] })
    } catch (error) {
      paths = (error as DatasetError).problems.map((p) => p.path)
    }
    expect(paths).toContain('sources[0].kind')
  })
})
