import { en } from '../../lang'
import { describe, expect, it } from 'vitest'

import { DEFAULT_RANGE, presetRange } from '@/domain/date-range'
import type { DashboardFilters } from '@/domain/filters'
import { summariseFilters } from '@/domain/filters-summary'

const base: DashboardFilters = {
  commodities: ['tariffs', 'rare-earths', 'soybeans'],
  range: DEFAULT_RANGE,
  direction: 'both',
  showAverages: false,
  toggledSeries: [],
}

describe('summariseFilters', () => {
  it.each([
    {
      name: 'defaults',
      filters: () => base,
      expected: 'All commodities · 2025–2026',
    },
    {
      name: 'some commodities, a preset',
      filters: () => ({
        ...base,
        commodities: ['tariffs', 'soybeans'],
        range: presetRange('busan-deal'),
      }),
      expected: 'Tariffs, Soybeans · Busan deal',
    },
    {
      name: 'no commodity, a custom range',
      filters: () => ({
        ...base,
        commodities: [],
        range: {
          fromMs: Date.parse('2025-03-01T00:00:00Z'),
          toMs: Date.parse('2025-09-30T00:00:00Z'),
        },
      }),
      expected: 'No commodity · 2025-03-01 to 2025-09-30',
    },
    {
      name: 'tariff options, only while tariffs are shown',
      filters: () => ({
        ...base,
        direction: 'china-on-us',
        showAverages: true,
      }),
      expected:
        'All commodities · 2025–2026 · China on US goods · with average-rate estimates',
    },
    {
      name: 'tariff options ignored without tariffs',
      filters: () => ({
        ...base,
        commodities: ['soybeans'],
        direction: 'china-on-us',
        showAverages: true,
      }),
      expected: 'Soybeans · 2025–2026',
    },
  ] satisfies {
    name: string
    filters: () => DashboardFilters
    expected: string
  }[])('$name', ({ filters, expected }) => {
    expect(summariseFilters(filters(), en)).toBe(expected)
  })
})
