import { describe, expect, it } from 'vitest'

import { formatIsoDate } from '@/domain/dates'
import { computeTimeTicks, formatTimeTick } from '@/domain/ticks'
import { en, zh } from '../../lang'

const u = (iso: string): number => Date.parse(`${iso}T00:00:00Z`)

describe(computeTimeTicks, () => {
  it.each<[string, string, string, number, string[]]>([
    [
      'two years, quarterly',
      '2025-01-01',
      '2026-12-31',
      8,
      [
        '2025-01-01',
        '2025-04-01',
        '2025-07-01',
        '2025-10-01',
        '2026-01-01',
        '2026-04-01',
        '2026-07-01',
        '2026-10-01',
      ],
    ],
    [
      'one year, monthly when room',
      '2025-01-01',
      '2025-12-31',
      12,
      [
        '2025-01-01',
        '2025-02-01',
        '2025-03-01',
        '2025-04-01',
        '2025-05-01',
        '2025-06-01',
        '2025-07-01',
        '2025-08-01',
        '2025-09-01',
        '2025-10-01',
        '2025-11-01',
        '2025-12-01',
      ],
    ],
    [
      'mid-month start',
      '2025-10-15',
      '2026-03-31',
      6,
      ['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01'],
    ],
    [
      'nine years, yearly',
      '2018-01-01',
      '2026-12-31',
      10,
      [
        '2018-01-01',
        '2019-01-01',
        '2020-01-01',
        '2021-01-01',
        '2022-01-01',
        '2023-01-01',
        '2024-01-01',
        '2025-01-01',
        '2026-01-01',
      ],
    ],
    [
      'nine years, narrow screen',
      '2018-01-01',
      '2026-12-31',
      5,
      ['2018-01-01', '2020-01-01', '2022-01-01', '2024-01-01', '2026-01-01'],
    ],
    ['reversed range', '2026-01-01', '2025-01-01', 5, []],
  ])('%s', (_name, from, to, max, expected) => {
    const ticks = computeTimeTicks(u(from), u(to), max)
    expect(ticks.map(formatIsoDate)).toEqual(expected)
    expect(ticks.length).toBeLessThanOrEqual(max)
  })
})

describe(formatTimeTick, () => {
  it.each<[string, boolean, string, string]>([
    ['2026-06-01', false, 'Jun 2026', '2026年6月'],
    ['2026-06-01', true, 'Jun 26', '26年6月'],
    ['2025-10-01', false, 'Oct 2025', '2025年10月'],
    ['2025-10-01', true, 'Oct 25', '25年10月'],
  ])('%s (narrow: %s) → %s · %s', (iso, narrow, english, chinese) => {
    expect(formatTimeTick(u(iso), narrow, en)).toBe(english)
    expect(formatTimeTick(u(iso), narrow, zh)).toBe(chinese)
  })
})
