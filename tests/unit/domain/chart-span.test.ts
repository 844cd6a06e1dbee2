import { describe, expect, it } from 'vitest'

import { computeAxisMax, fitSpan, maxOfRows } from '@/domain/chart-axis'
import type { RANGE_PRESETS } from '@/domain/date-range'
import { presetRange } from '@/domain/date-range'
import { formatIsoDate } from '@/domain/dates'
import { shownRange } from '@/domain/period-view'
import { en } from '../../lang'

const d = (iso: string): number => Date.parse(`${iso}T00:00:00Z`)
const r = (from: string, to: string) => ({ fromMs: d(from), toMs: d(to) })
const iso = (x: { fromMs: number; toMs: number }) => [
  formatIsoDate(x.fromMs),
  formatIsoDate(x.toMs),
]

describe(fitSpan, () => {
  it.each<[string, [string, string], string, [string, string]]>([
    [
      'Busan pledge in the default range starts in its month',
      ['2025-01-01', '2026-12-31'],
      '2025-10-30',
      ['2025-10-01', '2026-12-31'],
    ],
    [
      'a pledge from 1 Jan opens on the month before',
      ['2025-01-01', '2026-12-31'],
      '2026-01-01',
      ['2025-12-01', '2026-12-31'],
    ],
    [
      'a range starting later keeps its start',
      ['2026-03-01', '2026-12-31'],
      '2025-10-30',
      ['2026-03-01', '2026-12-31'],
    ],
    [
      'a range ending before the data keeps its own span',
      ['2018-01-01', '2019-12-31'],
      '2025-10-30',
      ['2018-01-01', '2019-12-31'],
    ],
  ])('%s', (_name, [from, to], data, expected) => {
    expect(iso(fitSpan(r(from, to), d(data)))).toEqual(expected)
  })
})

describe(maxOfRows, () => {
  it.each<[string, (number | null)[][], number, number]>([
    ['no rows → floor', [], 0, 0],
    [
      'largest drawn value',
      [
        [10, null],
        [145, 20],
      ],
      0,
      145,
    ],
    [
      'a quiet period: only what is inside',
      [
        [10, 20],
        [20, 20],
      ],
      0,
      20,
    ],
    ['the floor wins when higher (a pledge level)', [[3, 5]], 12, 12],
  ])('%s', (_name, rows, floor, expected) => {
    const asRows = rows.map((vs) => ({
      values: Object.fromEntries(vs.map((v, i) => [`k${i}`, v])),
    }))
    expect(maxOfRows(asRows, floor)).toBe(expected)
  })

  it('fits the axis of a zoomed tariff chart, not the all-time peak', () => {
    expect(computeAxisMax(maxOfRows([{ values: { a: 20, b: 30 } }]))).toBe(30)
    expect(computeAxisMax(maxOfRows([{ values: { a: 145 } }]))).toBe(150)
  })
})

describe(shownRange, () => {
  const selected = r('2025-01-01', '2026-12-31')
  it.each<['month' | 'year', [string, string]]>([
    ['month', ['2025-01-01', '2026-12-31']],
    // Annual context (2017–2025 imports) is never clipped by the range.
    ['year', ['2016-01-01', '2029-12-31']],
  ])('%s', (period, expected) => {
    expect(iso(shownRange(selected, period))).toEqual(expected)
  })
})

describe('range presets span what their names say', () => {
  it.each<[string, [string, string]]>([
    ['trade-war', ['2018-01-01', '2026-12-31']],
    ['escalation-2025', ['2025-01-01', '2025-12-31']],
    ['busan-deal', ['2025-10-01', '2026-02-28']],
    ['since-2025', ['2025-01-01', '2026-12-31']],
  ])('%s', (id, expected) => {
    expect(
      iso(presetRange(id as (typeof RANGE_PRESETS)[number]['id'])),
    ).toEqual(expected)
  })
})

describe('narrow English ticks: two-digit years', () => {
  it.each<[string, string]>([
    ['2026-01-01', 'Jan 26'],
    ['2025-10-01', 'Oct 25'],
    ['2009-12-01', 'Dec 09'],
  ])('%s → %s', (date, expected) => {
    expect(en.axisMonthShort(d(date))).toBe(expected)
  })
})
