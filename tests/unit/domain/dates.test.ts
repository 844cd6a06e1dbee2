import { describe, expect, it } from 'vitest'

import { daysBetween, formatIsoDate, parseIsoDate } from '@/domain/dates'

describe(parseIsoDate, () => {
  it.each<[string, number | undefined]>([
    ['2025-10-30', Date.UTC(2025, 9, 30)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2025-02-29', undefined],
    ['2025-13-01', undefined],
    ['2025-1-01', undefined],
    ['30/10/2025', undefined],
    ['', undefined],
  ])('%s → %s', (input, expected) => {
    expect(parseIsoDate(input)).toBe(expected)
  })
})

describe(formatIsoDate, () => {
  it('round-trips with parseIsoDate', () => {
    expect(formatIsoDate(parseIsoDate('2026-11-10')!)).toBe('2026-11-10')
  })
})

describe(daysBetween, () => {
  it.each<[string, number, number, number]>([
    ['same day', Date.UTC(2026, 0, 1, 1), Date.UTC(2026, 0, 1, 23), 0],
    [
      'next day, late to early',
      Date.UTC(2026, 0, 1, 23),
      Date.UTC(2026, 0, 2, 1),
      1,
    ],
    ['backwards', Date.UTC(2026, 10, 10), Date.UTC(2026, 10, 1), -9],
    ['across a leap day', Date.UTC(2024, 1, 28), Date.UTC(2024, 2, 1), 2],
  ])('%s', (_name, from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected)
  })
})
