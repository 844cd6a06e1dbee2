import { describe, expect, it } from 'vitest'

import { computeProgress } from '@/domain/progress'
import type { Series, SeriesPoint, Target } from '@/domain/types'

const d = (iso: string): number => Date.parse(`${iso}T00:00:00Z`)

function point(date: string, value: number): SeriesPoint {
  return {
    dateMs: d(date),
    datePrecision: 'day',
    value,
    approx: false,
    status: 'observed',
    sourceIds: ['s'],
  }
}

function series(points: SeriesPoint[]): Series {
  return {
    id: 'usda',
    commodity: 'soybeans',
    kind: 'cumulative-volume',
    label: 'USDA',
    unit: 'Mt',
    period: 'instant',
    description: '',
    defaultVisible: true,
    headline: false,
    points,
  }
}

/** 12 Mt from 2025-10-30; deadlines 2025-12-31 and 2026-02-28. */
const target: Target = {
  id: 'soy-12mt',
  commodity: 'soybeans',
  label: '12 Mt',
  unit: 'Mt',
  value: 12,
  startMs: d('2025-10-30'),
  deadlines: [
    {
      id: 'dec',
      dateMs: d('2025-12-31'),
      label: 'End 2025',
      approx: false,
      sourceIds: ['s'],
    },
    {
      id: 'feb',
      dateMs: d('2026-02-28'),
      label: 'End Feb',
      approx: false,
      sourceIds: ['s'],
    },
  ],
  claimant: 'us',
  confirmed: false,
  trackedBy: ['usda'],
  sourceIds: ['s'],
}

const ASOF = d('2026-06-29')

describe(computeProgress, () => {
  it('computes share, pace, projection and needed run-rate from the latest observation', () => {
    // 6.9 Mt by 2026-01-08, 70 days after the start: 0.69 Mt/week.
    const p = computeProgress(
      target,
      series([point('2025-11-14', 0.332), point('2026-01-08', 6.9)]),
      d('2026-01-10'),
    )
    expect(p.ratio).toBeCloseTo(0.575, 3)
    expect(p.pacePerWeek).toBeCloseTo(0.69, 2)
    // 5.1 Mt more at 0.69 Mt/week = 51.7 days after 2026-01-08 → 2026-02-28 late in the day.
    expect(new Date(p.projectedMs!).toISOString().slice(0, 10)).toBe(
      '2026-02-28',
    )
    expect(p.deadlines.map((x) => x.verdict)).toEqual(['missed', 'behind'])
    // 5.1 Mt in 51 days = 0.7 Mt/week.
    expect(p.deadlines[1]!.neededPerWeek).toBeCloseTo(0.7, 2)
    expect(p.deadlines[0]!.ratioAtDeadline).toBeCloseTo(0.332 / 12, 5)
  })

  it.each<
    [
      string,
      SeriesPoint[],
      number,
      Partial<ReturnType<typeof computeProgress>>,
      string[],
    ]
  >([
    [
      'no observations at all',
      [],
      ASOF,
      { reached: false },
      ['no-data', 'no-data'],
    ],
    [
      'only observations before the start',
      [point('2025-09-18', 0)],
      ASOF,
      { reached: false },
      ['no-data', 'no-data'],
    ],
    [
      'observations only after as-of',
      [point('2026-07-01', 5)],
      ASOF,
      { reached: false },
      ['no-data', 'no-data'],
    ],
    [
      'a pace of zero',
      [point('2025-11-14', 0), point('2025-12-09', 0)],
      d('2025-12-10'),
      { reached: false, pacePerWeek: 0 },
      ['behind', 'behind'],
    ],
    [
      'target reached between deadlines',
      [point('2025-12-09', 3), point('2026-01-20', 12)],
      ASOF,
      { reached: true, projectedMs: d('2026-01-20') },
      ['missed', 'met'],
    ],
    [
      'target reached before every deadline',
      [point('2025-12-01', 12.5)],
      ASOF,
      { reached: true, ratio: 12.5 / 12 },
      ['met', 'met'],
    ],
    [
      'deadline passed after the last observation',
      [point('2026-01-08', 6.9)],
      ASOF,
      { reached: false },
      ['missed', 'unknown'],
    ],
    [
      'observation on the start day (no elapsed time)',
      [point('2025-10-30', 0.18)],
      d('2025-11-01'),
      { reached: false },
      ['behind', 'behind'],
    ],
  ])('handles %s', (_name, points, asOf, expected, verdicts) => {
    const p = computeProgress(target, series(points), asOf)
    expect(p).toMatchObject(expected)
    expect(p.deadlines.map((x) => x.verdict)).toEqual(verdicts)
    for (const value of [
      p.ratio,
      p.pacePerWeek,
      p.projectedMs,
      ...p.deadlines.flatMap((x) => [x.neededPerWeek, x.ratioAtDeadline]),
    ])
      if (value !== undefined) expect(Number.isFinite(value)).toBe(true)
  })

  it('never calls a deadline that passed in real time "on track", even after the as-of date', () => {
    // Data stop on 2026-01-10; today is 2026-11-29, after both deadlines.
    const p = computeProgress(
      target,
      series([point('2026-01-08', 6.9)]),
      d('2026-01-10'),
      d('2026-11-29'),
    )
    expect(p.deadlines.map((x) => x.verdict)).toEqual(['missed', 'unknown'])
    expect(p.deadlines[1]!.neededPerWeek).toBeCloseTo(0.7, 2)
  })

  it('has no ratio for a zero target instead of dividing by zero', () => {
    const p = computeProgress(
      { ...target, value: 0 },
      series([point('2025-12-01', 1)]),
      ASOF,
    )
    expect(p.ratio).toBeUndefined()
    expect(p.reached).toBe(true)
  })
})
