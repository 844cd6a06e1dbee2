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
    ['1900-02-29', undefined],
    ['2000-02-29', Date.UTC(2000, 1, 29)],
    ['2025-04-31', undefined],
    ['2025-12-31', Date.UTC(2025, 11, 31)],
    ['2025-00-10', undefined],
    ['2025-01-00', undefined],
    ['0099-01-01', undefined],
    ['0100-01-01', Date.UTC(100, 0, 1)],
    ['2025-10-30 ', undefined],
    [' 2025-10-30', undefined],
    ['2025-10-30\n', undefined],
    ['2025/10/30', undefined],
    ['2025-1a-30', undefined],
    ['+2025-10-3', undefined],
    ['2025-10-3\u0660', undefined],
  ])('%j → %s', (input, expected) => {
    expect(parseIsoDate(input)).toBe(expected)
  })

  /** The regex-and-round-trip reading it replaced: the same answer for every input. */
  function reference(value: string): number | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
    if (!match) return undefined
    const [, y, m, d] = match.map(Number) as [number, number, number, number]
    const ms = Date.UTC(y, m - 1, d)
    const back = new Date(ms)
    return back.getUTCFullYear() === y &&
      back.getUTCMonth() === m - 1 &&
      back.getUTCDate() === d
      ? ms
      : undefined
  }

  it('agrees with the regex reading on every month/day of leap and common years', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0')
    for (const y of [50, 99, 100, 1900, 2000, 2023, 2024, 2100, 9999])
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
          expect(parseIsoDate(s), s).toBe(reference(s))
        }
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
