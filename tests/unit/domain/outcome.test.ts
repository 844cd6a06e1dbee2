import { describe, expect, it } from 'vitest'

import {
  endOfPeriod,
  outcomeUnknown,
  scheduledEventStatus,
} from '@/domain/outcome'
import type { DatePrecision } from '@/domain/vocabulary'

const ms = (d: string) => Date.parse(`${d}T00:00:00Z`)
const ASOF = ms('2026-06-29')
const UNKNOWN = 'scheduled; outcome unknown (no data after 29 Jun 2026)'

describe('outcomeUnknown', () => {
  it('names the as-of date', () => {
    expect(outcomeUnknown(ASOF)).toBe(
      'outcome unknown (no data after 29 Jun 2026)',
    )
  })
})

describe('endOfPeriod', () => {
  it.each([
    ['2026-11-01', 'day', '2026-11-01T23:59:59.999Z'],
    ['2026-11-01', 'month', '2026-11-30T23:59:59.999Z'],
    ['2026-12-01', 'month', '2026-12-31T23:59:59.999Z'],
    ['2026-01-01', 'year', '2026-12-31T23:59:59.999Z'],
  ] as const)('%s (%s) → %s', (date, precision, expected) => {
    expect(new Date(endOfPeriod(ms(date), precision)).toISOString()).toBe(
      expected,
    )
  })
})

describe('scheduledEventStatus (trade-facts-2026H2 §5)', () => {
  const event = (
    date: string,
    datePrecision: DatePrecision,
    endDate?: string,
    scheduled = true,
  ) => ({
    dateMs: ms(date),
    datePrecision,
    scheduled,
    ...(endDate !== undefined && { endDateMs: ms(endDate) }),
  })
  it.each([
    [
      'Xi visit Aug–Sept 2026, seen 2026-12-02',
      event('2026-08-01', 'month', '2026-09-01'),
      '2026-12-02',
      UNKNOWN,
    ],
    [
      'Xi visit, seen in September (still due)',
      event('2026-08-01', 'month', '2026-09-01'),
      '2026-09-15',
      'scheduled',
    ],
    [
      'APEC Nov 2026, seen 2026-11-30 (month not over)',
      event('2026-11-01', 'month'),
      '2026-11-30',
      'scheduled',
    ],
    [
      'APEC Nov 2026, seen 2026-12-02',
      event('2026-11-01', 'month'),
      '2026-12-02',
      UNKNOWN,
    ],
    [
      'G20 Dec 2026, seen 2026-12-02',
      event('2026-12-01', 'month'),
      '2026-12-02',
      'scheduled',
    ],
    [
      'a day event passed after as-of',
      event('2026-07-24', 'day'),
      '2026-07-25',
      UNKNOWN,
    ],
    [
      'an observed event',
      event('2026-05-13', 'day', undefined, false),
      '2026-12-02',
      undefined,
    ],
  ])('%s', (_, e, now, expected) => {
    expect(scheduledEventStatus(e, Date.parse(now), ASOF)).toBe(expected)
  })
})
