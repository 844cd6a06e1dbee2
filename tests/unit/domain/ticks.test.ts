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
  const quarters = ['2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01'].map(
    u,
  )
  const noJanuary = ['2026-04-01', '2026-07-01', '2026-10-01'].map(u)
  it.each<[string, string, readonly number[], boolean, string, string]>([
    ['wide', '2026-06-01', quarters, false, 'Jun 2026', '2026年6月'],
    ['wide, October', '2025-10-01', quarters, false, 'Oct 2025', '2025年10月'],
    ['narrow, January', '2026-01-01', quarters, true, 'Jan 26', '26年1月'],
    [
      'narrow, first but a January follows',
      '2025-10-01',
      quarters,
      true,
      'Oct 25',
      '10月',
    ],
    ['narrow, mid-year', '2026-04-01', quarters, true, 'Apr 26', '4月'],
    [
      'narrow, first with no January',
      '2026-04-01',
      noJanuary,
      true,
      'Apr 26',
      '26年4月',
    ],
    [
      'narrow, later with no January',
      '2026-10-01',
      noJanuary,
      true,
      'Oct 26',
      '10月',
    ],
  ])('%s', (_, iso, ticks, narrow, english, chinese) => {
    expect(formatTimeTick(u(iso), ticks, narrow, en)).toBe(english)
    expect(formatTimeTick(u(iso), ticks, narrow, zh)).toBe(chinese)
  })
})
