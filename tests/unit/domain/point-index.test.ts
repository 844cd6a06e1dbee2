import { describe, expect, it } from 'vitest'

import {
  countAtOrBefore,
  countBefore,
  lastIndexAtOrBefore,
} from '@/domain/point-index'
import { perSeries } from '@/domain/series-memo'
import type { Series, SeriesPoint } from '@/domain/types'

const at = (...days: number[]): SeriesPoint[] =>
  days.map((dateMs) => ({
    dateMs,
    datePrecision: 'day',
    value: 0,
    approx: false,
    status: 'observed',
    sourceIds: [],
  }))

/** The linear scans the binary searches replace. */
const scanBefore = (ps: SeriesPoint[], ms: number) =>
  ps.filter((p) => p.dateMs < ms).length
const scanAtOrBefore = (ps: SeriesPoint[], ms: number) =>
  ps.filter((p) => p.dateMs <= ms).length

describe('binary searches over points in date order', () => {
  it.each<[string, SeriesPoint[], number, number, number]>([
    ['no points', at(), 5, 0, 0],
    ['before all', at(10, 20, 30), 5, 0, 0],
    ['on the first', at(10, 20, 30), 10, 0, 1],
    ['between', at(10, 20, 30), 25, 2, 2],
    ['on the last', at(10, 20, 30), 30, 2, 3],
    ['after all', at(10, 20, 30), 99, 3, 3],
    ['on a repeated date', at(10, 20, 20, 20, 30), 20, 1, 4],
  ])('%s', (_name, points, ms, before, atOrBefore) => {
    expect(countBefore(points, ms)).toBe(before)
    expect(countAtOrBefore(points, ms)).toBe(atOrBefore)
    expect(lastIndexAtOrBefore(points, ms)).toBe(atOrBefore - 1)
  })

  it('agrees with a linear scan on every date of a long series', () => {
    const points = at(
      ...Array.from({ length: 200 }, (_, i) => i * 3 + (i % 7 === 0 ? 0 : 1)),
    )
    for (let ms = -2; ms < 620; ms++) {
      expect(countBefore(points, ms)).toBe(scanBefore(points, ms))
      expect(countAtOrBefore(points, ms)).toBe(scanAtOrBefore(points, ms))
    }
  })
})

describe(perSeries, () => {
  it('computes once per series object', () => {
    let calls = 0
    const count = perSeries((s) => {
      calls++
      return s.points.length
    })
    const a = { points: at(1, 2) } as unknown as Series
    const b = { points: at(1) } as unknown as Series
    expect([count(a), count(a), count(b), count(a)]).toEqual([2, 2, 1, 2])
    expect(calls).toBe(2)
  })
})
