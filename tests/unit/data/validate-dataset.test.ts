import { describe, expect, it } from 'vitest'

import { DatasetError, formatProblem } from '@/data/dataset-error'
import { parseDatasetText, validateDataset } from '@/data/validate-dataset'
import {
  makeDataset,
  makeMeasure,
  makePoint,
  makeSeries,
  makeSource,
  makeTarget,
} from '../../fixtures/builders'

/** Runs the pipeline and returns its problems as `path: message` lines. */
function problemsOf(input: unknown): string[] {
  try {
    validateDataset(input)
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map(formatProblem)
    throw error
  }
  return []
}

describe(validateDataset, () => {
  it('maps a valid dataset to domain objects with UTC epoch dates', () => {
    const dataset = validateDataset(makeDataset())
    expect(dataset.meta.asOfMs).toBe(Date.UTC(2026, 5, 29))
    expect(dataset.series[0]?.points[0]).toMatchObject({
      dateMs: Date.UTC(2025, 1, 4),
      value: 10,
      status: 'in-force',
      approx: false,
      datePrecision: 'day',
    })
    expect(dataset.sources['str-2025-11']?.publisher).toBe('STR')
    expect(dataset.measures[0]?.windows[1]).toMatchObject({
      state: 'paused',
      endMs: Date.UTC(2026, 10, 27),
      endStatus: 'scheduled',
    })
  })

  const series = makeSeries()
  const firstPoint = series.points[0]!
  it.each<[string, unknown, string]>([
    ['wrong top-level type', [], 'expected object, received array'],
    [
      'wrong type at a deep path',
      makeDataset({
        series: [
          makeSeries({
            points: [{ ...firstPoint, value: '10' as unknown as number }],
          }),
        ],
      }),
      'series[0].points[0].value: expected number, received string',
    ],
    [
      'missing required field',
      makeDataset({
        sources: [
          { ...makeSource(), publisher: undefined as unknown as string },
        ],
      }),
      'sources[0].publisher: required field is missing (expected string)',
    ],
    [
      'date that is not ISO',
      makeDataset({
        series: [makeSeries({ points: [makePoint({ date: '10/11/2025' })] })],
      }),
      'series[0].points[0].date: expected an ISO date (YYYY-MM-DD)',
    ],
    [
      'impossible calendar date',
      makeDataset({
        series: [makeSeries({ points: [makePoint({ date: '2025-02-30' })] })],
      }),
      'series[0].points[0].date: expected an ISO date (YYYY-MM-DD)',
    ],
    [
      'unknown enum value',
      makeDataset({ series: [makeSeries({ unit: 'tonnes' as 'Mt' })] }),
      'series[0].unit: expected one of "pct", "Mt", "t", "usd-bn"',
    ],
    [
      'unknown field (typo)',
      makeDataset({ series: [{ ...makeSeries(), lable: 'x' } as never] }),
      'series[0]: unknown field "lable"',
    ],
    [
      'negative target',
      makeDataset({ targets: [makeTarget({ value: -12 })] }),
      'targets[0].value: expected a target ≥ 0',
    ],
    [
      'point without sources',
      makeDataset({
        series: [makeSeries({ points: [makePoint({ sources: [] })] })],
      }),
      'series[0].points[0].sources: expected at least one source id',
    ],
    [
      'unknown source id',
      makeDataset({
        series: [makeSeries({ points: [makePoint({ sources: ['nope'] })] })],
      }),
      'series[0].points[0].sources[0]: unknown source id "nope"',
    ],
    [
      'duplicate series id',
      makeDataset({ series: [makeSeries(), makeSeries()] }),
      'series[1].id: duplicate series id "us-ieepa-fentanyl" (first at series[0])',
    ],
    [
      'reversed window',
      makeDataset({
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
      }),
      'measures[0].windows[0].end: window ends (2025-01-01) before it starts (2025-11-09)',
    ],
    [
      'observed after as-of',
      makeDataset({
        series: [
          makeSeries({
            points: [makePoint({ date: '2026-07-24', status: 'in-force' })],
          }),
        ],
      }),
      'series[0].points[0].status: dated 2026-07-24, after meta.asOf (2026-06-29): must be "scheduled", not "in-force"',
    ],
    [
      'window end after as-of not scheduled',
      makeDataset({
        measures: [
          makeMeasure({
            windows: [
              {
                state: 'paused',
                start: '2025-11-09',
                end: '2026-11-27',
                endStatus: 'observed',
                sources: ['str-2025-11'],
              },
            ],
          }),
        ],
      }),
      'measures[0].windows[0].endStatus: ends 2026-11-27, after meta.asOf (2026-06-29): must be "scheduled", not "observed"',
    ],
    [
      'absurd tariff',
      makeDataset({
        series: [makeSeries({ points: [makePoint({ value: 5000 })] })],
      }),
      'series[0].points[0].value: 5000 pct is not believable (max 1000)',
    ],
    [
      'negative tonnes',
      makeDataset({
        series: [
          makeSeries({ unit: 'Mt', points: [makePoint({ value: -3 })] }),
        ],
      }),
      'series[0].points[0].value: negative value -3 Mt',
    ],
    [
      'points out of order',
      makeDataset({
        series: [
          makeSeries({
            points: [
              makePoint({ date: '2025-03-04' }),
              makePoint({ date: '2025-02-04' }),
            ],
          }),
        ],
      }),
      'series[0].points[1].date: 2025-02-04 is before the previous point (2025-03-04); points must be in date order',
    ],
    [
      'target tracked by unknown series',
      makeDataset({ targets: [makeTarget({ trackedBy: ['ghost'] })] }),
      'targets[0].trackedBy[0]: unknown series id "ghost"',
    ],
    [
      'deadline before start',
      makeDataset({ targets: [makeTarget({ start: '2026-03-01' })] }),
      "targets[0].deadlines[0].date: deadline 2025-12-31 is before the target's start 2026-03-01",
    ],
  ])('reports %s with its JSON path', (_name, input, expected) => {
    expect(problemsOf(input)).toContain(expected)
  })

  it('lists every problem, not only the first', () => {
    const broken = makeDataset({
      series: [
        makeSeries({
          points: [
            makePoint({ value: -1, sources: ['a'] }),
            makePoint({ value: -2, sources: ['b'] }),
          ],
        }),
      ],
    })
    expect(problemsOf(broken)).toEqual([
      'series[0].points[0].value: negative value -1 pct',
      'series[0].points[1].value: negative value -2 pct',
      'series[0].points[0].sources[0]: unknown source id "a"',
      'series[0].points[1].sources[0]: unknown source id "b"',
      'targets[0].trackedBy[0]: unknown series id "soy-usda-contracts"',
    ])
  })
})

describe(parseDatasetText, () => {
  it.each<[string, string, string, string]>([
    ['empty file', '', 'json', 'The dataset file is empty'],
    ['whitespace only', '  \n ', 'json', 'The dataset file is empty'],
    ['trailing comma', '{\n  "a": 1,\n}', 'json', 'at line 3, column 1'],
    ['truncated file', '[1, 2', 'json', 'at line 1, column 6'],
  ])('rejects %s as %s', (_name, text, kind, fragment) => {
    let caught: unknown
    try {
      parseDatasetText(text)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(DatasetError)
    const error = caught as DatasetError
    expect(error.kind).toBe(kind)
    expect(
      [error.message, ...error.problems.map(formatProblem)].join(' '),
    ).toContain(fragment)
  })

  it('accepts valid JSON text', () => {
    expect(parseDatasetText(JSON.stringify(makeDataset())).meta.version).toBe(
      'test-1',
    )
  })
})
