import { en } from '../../lang'
import { describe, expect, it } from 'vitest'

import { computeProgress } from '@/domain/progress'
import {
  pauseTakeaway,
  periodTakeaway,
  soybeanTakeaway,
  tariffTakeaway,
} from '@/domain/takeaway'
import type {
  ControlMeasure,
  Series,
  SeriesPoint,
  Target,
  TimeWindow,
} from '@/domain/types'

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

function series(
  label: string,
  points: [string, number][],
  extra: Partial<Series> = {},
): Series {
  return {
    id: label.toLowerCase().replace(/\W+/g, '-'),
    commodity: 'tariffs',
    kind: 'tariff-rate',
    label,
    unit: 'pct',
    period: 'point',
    description: '',
    defaultVisible: true,
    headline: false,
    points: points.map(([iso, value]): SeriesPoint => ({
      dateMs: d(iso),
      datePrecision: 'day',
      value,
      approx: false,
      status: 'in-force',
      sourceIds: [],
    })),
    ...extra,
  } as Series
}

function measure(id: string, windows: Partial<TimeWindow>[]): ControlMeasure {
  return {
    id,
    commodity: 'rare-earths',
    side: 'china',
    label: id,
    reference: `MOFCOM ${id}`,
    items: [],
    announcedMs: d('2025-04-04'),
    sourceIds: [],
    windows: windows.map((w) => ({
      state: 'paused',
      startMs: d('2025-11-10'),
      endMs: d('2026-11-10'),
      endStatus: 'scheduled',
      sourceIds: [],
      ...w,
    })),
  }
}

describe('tariffTakeaway', () => {
  const asOf = d('2026-06-29')
  it.each([
    {
      name: 'headline below its peak',
      layers: [
        series(
          'Headline',
          [
            ['2025-04-10', 145],
            ['2025-11-10', 47],
          ],
          { headline: true },
        ),
      ],
      expected:
        'As of 29 Jun 2026, Headline stood at 47%, down from a peak of 145% (10 Apr 2025).',
    },
    {
      name: 'headline at its peak',
      layers: [series('Headline', [['2025-04-10', 20]], { headline: true })],
      expected: 'As of 29 Jun 2026, Headline stood at 20%.',
    },
    {
      name: 'no headline: the highest layer in force',
      layers: [
        series('Section 301', [['2019-01-01', 25]]),
        series('Fentanyl', [['2025-03-04', 10]]),
      ],
      expected:
        'As of 29 Jun 2026, 2 layers of US tariffs on Chinese goods were in force; the highest, Section 301, at 25%.',
    },
    {
      name: 'nothing above 0%',
      layers: [series('Reciprocal', [['2025-04-05', 0]])],
      expected:
        'As of 29 Jun 2026, no layer of US tariffs on Chinese goods shown here was above 0%.',
    },
  ])('$name', ({ layers, expected }) => {
    expect(
      tariffTakeaway(
        asOf,
        'us-on-china',
        layers,
        layers.find((s) => s.headline),
        en,
      ),
    ).toBe(expected)
  })
})

describe('pauseTakeaway', () => {
  const asOf = d('2026-06-29')
  it.each([
    {
      name: 'no measure shown',
      measures: [],
      now: d('2026-07-01'),
      expected: 'No measure is shown.',
    },
    {
      name: 'paused, end still ahead of today',
      measures: [measure('a', [{}]), measure('b', [{ state: 'in-force' }])],
      now: d('2026-07-01'),
      expected:
        '1 of the 2 measures shown was paused on 29 Jun 2026. It is due to end 10 Nov 2026 (scheduled, not observed).',
    },
    {
      name: 'end passed after the data stop: outcome unknown',
      measures: [
        measure('a', [{}]),
        measure('b', [{ endMs: d('2026-11-27') }]),
      ],
      now: d('2026-11-29'),
      expected:
        '2 of the 2 measures shown were paused on 29 Jun 2026. They were due to end between 10 Nov 2026 and 27 Nov 2026; no data after 29 Jun 2026, so whether they were extended is unknown.',
    },
    {
      name: 'pause with no announced end',
      measures: [measure('a', [{ endMs: null }])],
      now: d('2026-07-01'),
      expected:
        '1 of the 1 measures shown was paused on 29 Jun 2026. No end has been announced.',
    },
    {
      name: 'pause over before the as-of date',
      measures: [measure('a', [{ endMs: d('2026-01-01') }])],
      now: d('2026-07-01'),
      expected: 'None of the 1 measures shown was paused on 29 Jun 2026.',
    },
  ])('$name', ({ measures, now, expected }) => {
    expect(pauseTakeaway(measures, asOf, now, en)).toBe(expected)
  })
})

describe('soybeanTakeaway', () => {
  const target: Target = {
    id: 'soy-12mt',
    commodity: 'soybeans',
    label: '12 Mt by end of 2025',
    unit: 'Mt',
    value: 12,
    startMs: d('2025-10-30'),
    deadlines: [
      {
        id: 'end-2025',
        dateMs: d('2025-12-31'),
        label: 'End of 2025',
        approx: false,
        sourceIds: [],
      },
    ],
    claimant: 'us',
    confirmed: false,
    trackedBy: [],
    sourceIds: [],
  } as Target
  const soy = (label: string, points: [string, number][]) =>
    series(label, points, { commodity: 'soybeans', unit: 'Mt' })
  const progressOf = (tracked: Series[], asOf: string) =>
    tracked.map((s) => computeProgress(target, s, d(asOf), d('2026-11-29')))

  it.each([
    {
      name: 'no series tracks the pledge',
      tracked: [],
      asOf: '2026-06-29',
      expected:
        'No series in this dataset measures progress toward the 12 Mt pledge.',
    },
    {
      name: 'conflicting sources side by side, verdicts per source',
      tracked: [
        soy('USDA', [['2025-12-20', 7]]),
        soy('Traders', [['2025-12-20', 12]]),
      ],
      asOf: '2026-06-29',
      expected:
        'Of the 12 Mt pledge: USDA 58% (20 Dec 2025) · Traders 100% (20 Dec 2025). Deadline 31 Dec 2025: outcome unknown by 1 source, met by 1 source.',
    },
    {
      name: 'deadline passed after the last figure: outcome unknown',
      tracked: [soy('USDA', [['2025-11-20', 3]])],
      asOf: '2025-11-20',
      expected:
        'Of the 12 Mt pledge: USDA 25% (20 Nov 2025). Deadline 31 Dec 2025: outcome unknown.',
    },
    {
      name: 'no observation since the start',
      tracked: [soy('USDA', [['2025-01-01', 3]])],
      asOf: '2026-06-29',
      expected:
        'Of the 12 Mt pledge: USDA: no data. Deadline 31 Dec 2025: no data.',
    },
  ])('$name', ({ tracked, asOf, expected }) => {
    expect(
      soybeanTakeaway(target, tracked, progressOf(tracked, asOf), en),
    ).toBe(expected)
  })
})

describe('periodTakeaway', () => {
  const label = (ms: number) => new Date(ms).toISOString().slice(0, 7)
  it.each([
    {
      name: 'the latest figure of each series',
      inRange: [
        {
          series: series('Imports', [], { unit: 'Mt' }),
          points: series('x', [
            ['2026-01-01', 1],
            ['2026-02-01', 2.5],
          ]).points,
        },
        { series: series('Exports', [], { unit: 't' }), points: [] },
      ],
      expected: 'Latest: Imports 2.5 Mt (2026-02).',
    },
    { name: 'nothing in range', inRange: [], expected: 'No figures.' },
  ])('$name', ({ inRange, expected }) => {
    expect(periodTakeaway(inRange, label, 'No figures.', en)).toBe(expected)
  })
})
