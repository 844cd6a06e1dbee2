import { describe, expect, it } from 'vitest'

import {
  formatAsOfDate,
  formatAxisNumber,
  formatLongDate,
  formatPercent,
  formatValue,
} from '@/domain/format'
import type { Unit } from '@/domain/vocabulary'

const utc = (iso: string) => Date.parse(iso)

describe('date formatters read the UTC calendar date', () => {
  it.each([
    // Late on 30 Oct UTC is already 31 Oct east of UTC: the UTC day is shown.
    ['2025-10-30T23:30:00Z', '2025-10-30', '30 Oct 2025'],
    ['2026-06-29T00:00:00Z', '2026-06-29', '29 Jun 2026'],
    ['2024-12-31T12:00:00Z', '2024-12-31', '31 Dec 2024'],
  ])('%s → %s, %s', (iso, asOf, long) => {
    expect(formatAsOfDate(utc(iso))).toBe(asOf)
    expect(formatLongDate(utc(iso))).toBe(long)
  })
})

describe(formatValue, () => {
  it.each<[number, Unit, string]>([
    [145, 'pct', '145%'],
    [12.5, 'Mt', '12.5 Mt'],
    [0.332, 'Mt', '0.33 Mt'],
    [6146, 't', '6,146 t'],
    [13.8, 'usd-bn', '13.8 $bn'],
    [0, 'pct', '0%'],
  ])('%d %s → %s', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text)
  })
})

describe(formatPercent, () => {
  it.each([
    [0.576, '58%'],
    [0.574, '57%'],
    [1, '100%'],
    [0, '0%'],
    [1.25, '125%'],
  ])('share %d → %s', (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text)
  })
})

describe(formatAxisNumber, () => {
  it.each([
    [0.123456, '0.1'],
    [7000, '7,000'],
    [2.85, '2.9'],
    [30, '30'],
  ])('%d → %s', (value, text) => {
    expect(formatAxisNumber(value)).toBe(text)
  })
})
