import { describe, expect, it } from 'vitest'

import { DatasetError } from '@/data/dataset-error'
import {
  MAX_DROPPED_RECORDS,
  recordPathOf,
  validateDatasetLenient,
} from '@/data/lenient-dataset'
import {
  makeDataset,
  makeEvent,
  makeMeasure,
  makePoint,
  makeSeries,
  makeSoySeries,
  makeSource,
} from '../../fixtures/builders'

describe(recordPathOf, () => {
  it.each<[PropertyKey[], unknown]>([
    [
      ['series', 3, 'points', 1, 'value'],
      ['series', 3, 'points', 1],
    ],
    [
      ['series', 3, 'label'],
      ['series', 3],
    ],
    [
      ['measures', 0, 'windows', 2, 'end'],
      ['measures', 0, 'windows', 2],
    ],
    [
      ['targets', 0, 'deadlines', 1, 'date'],
      ['targets', 0, 'deadlines', 1],
    ],
    [
      ['events', 4],
      ['events', 4],
    ],
    [['meta', 'asOf'], undefined],
    [['schemaVersion'], undefined],
    [[], undefined],
    [['series'], undefined],
  ])('%j → %j', (segments, expected) => {
    expect(recordPathOf(segments)).toEqual(expected)
  })
})

describe(validateDatasetLenient, () => {
  it.each<[string, Parameters<typeof makeDataset>[0], string[]]>([
    [
      'a point with a wrong type drops that point only',
      {
        series: [
          makeSeries({
            points: [
              makePoint({ date: '2025-02-04' }),
              makePoint({
                date: '2025-03-04',
                value: 'x' as unknown as number,
              }),
            ],
          }),
          makeSoySeries(),
        ],
      },
      ['series[0] "us-ieepa-fentanyl", points[1] (2025-03-04)'],
    ],
    [
      'an event with an unknown source drops the event',
      { events: [makeEvent(), makeEvent({ id: 'bad', sources: ['ghost'] })] },
      ['events[1] "bad"'],
    ],
    [
      'a reversed window drops the window, then its empty measure',
      {
        measures: [
          makeMeasure({
            windows: [
              {
                state: 'paused',
                start: '2025-11-09',
                end: '2025-01-01',
                endStatus: 'observed',
                sources: ['str-2025-11'],
              },
            ],
          }),
        ],
      },
      [
        'measures[0] "mofcom-2024-46-us-ban", windows[0] (from 2025-11-09)',
        'measures[0] "mofcom-2024-46-us-ban"',
      ],
    ],
    [
      'a duplicate source drops the second copy',
      { sources: [makeSource(), makeSource({ title: 'copy' })] },
      ['sources[1] "str-2025-11"'],
    ],
  ])('%s', (_name, overrides, records) => {
    const dataset = validateDatasetLenient(makeDataset(overrides))
    expect(dataset.dropped.map((d) => d.record)).toEqual(records)
    expect(dataset.dropped.every((d) => d.reasons.length > 0)).toBe(true)
  })

  it('keeps a clean file whole', () => {
    expect(validateDatasetLenient(makeDataset()).dropped).toEqual([])
  })

  it.each<[string, unknown, string]>([
    ['wrong top-level type', [1, 2], 'expected object, received array'],
    [
      'bad meta',
      { ...makeDataset(), meta: { ...makeDataset().meta, asOf: 'soon' } },
      'meta.asOf: expected an ISO date',
    ],
    [
      'wrong schema version',
      { ...makeDataset(), schemaVersion: 9 },
      'schemaVersion: expected 2',
    ],
    [
      'a missing top-level array',
      { ...makeDataset(), events: undefined },
      'events: required field is missing',
    ],
  ])('rejects the whole file for %s', (_name, json, fragment) => {
    let caught: unknown
    try {
      validateDatasetLenient(json)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(DatasetError)
    expect(
      (caught as DatasetError).problems
        .map((p) => `${p.path}: ${p.message}`)
        .join('\n'),
    ).toContain(fragment)
  })

  it(`rejects a file with more than ${MAX_DROPPED_RECORDS} invalid records`, () => {
    const events = Array.from({ length: MAX_DROPPED_RECORDS + 1 }, (_, i) =>
      makeEvent({ id: `e${i}`, date: 'bad' }),
    )
    expect(() => validateDatasetLenient(makeDataset({ events }))).toThrow(
      /too many/,
    )
  })
})
