import { describe, expect, it } from 'vitest'

import { DEFAULT_RANGE } from '@/domain/date-range'
import {
  DEFAULT_FILTERS,
  filtersToSearch,
  parseFilters,
  toggleSeries,
  isSeriesVisible,
} from '@/domain/filters'

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

describe(parseFilters, () => {
  it.each<[string, string, Partial<ReturnType<typeof parseFilters>>]>([
    ['no parameters', '', DEFAULT_FILTERS],
    [
      'a commodity list',
      '?commodities=tariffs,soybeans',
      { commodities: ['tariffs', 'soybeans'] },
    ],
    [
      'registry order, duplicates dropped',
      '?commodities=soybeans,tariffs,soybeans',
      { commodities: ['tariffs', 'soybeans'] },
    ],
    [
      'unknown commodities only → default',
      '?commodities=corn,<script>',
      { commodities: DEFAULT_FILTERS.commodities },
    ],
    [
      'unknown mixed with known',
      '?commodities=corn,rare-earths',
      { commodities: ['rare-earths'] },
    ],
    ['explicit none', '?commodities=none', { commodities: [] }],
    [
      'a valid range',
      '?from=2025-10-01&to=2026-12-31',
      { range: { fromMs: d('2025-10-01'), toMs: d('2026-12-31') } },
    ],
    [
      'a reversed range → default',
      '?from=2026-12-31&to=2025-01-01',
      { range: DEFAULT_RANGE },
    ],
    [
      'a non-date → that bound defaults',
      '?from=yesterday&to=2026-06-30',
      { range: { fromMs: DEFAULT_RANGE.fromMs, toMs: d('2026-06-30') } },
    ],
    [
      'an impossible date → default',
      '?from=2025-02-30',
      { range: DEFAULT_RANGE },
    ],
    [
      'a range beyond the limits → default',
      '?from=1990-01-01&to=2026-01-01',
      { range: DEFAULT_RANGE },
    ],
    ['a direction', '?direction=china-on-us', { direction: 'china-on-us' }],
    ['a bad direction → both', '?direction=sideways', { direction: 'both' }],
    ['averages on', '?averages=1', { showAverages: true }],
    ['averages anything else → off', '?averages=yes', { showAverages: false }],
    [
      'toggled series, junk ids dropped',
      '?toggle=us-s232-steel-aluminium,<b>,us-s232-steel-aluminium',
      { toggledSeries: ['us-s232-steel-aluminium'] },
    ],
  ])('%s', (_name, search, expected) => {
    expect(parseFilters(search)).toMatchObject(expected)
  })
})

describe(filtersToSearch, () => {
  it.each<[string, Parameters<typeof filtersToSearch>[0], string, string]>([
    ['defaults → empty', DEFAULT_FILTERS, '', ''],
    [
      'keeps ?data= and drops old filters',
      { ...DEFAULT_FILTERS, commodities: ['soybeans'] },
      '?data=x.json&commodities=tariffs',
      '?data=x.json&commodities=soybeans',
    ],
    [
      'range and options',
      {
        ...DEFAULT_FILTERS,
        range: { fromMs: d('2025-10-01'), toMs: d('2026-12-31') },
        direction: 'us-on-china',
        showAverages: true,
      },
      '',
      '?from=2025-10-01&to=2026-12-31&direction=us-on-china&averages=1',
    ],
    [
      'no commodity',
      { ...DEFAULT_FILTERS, commodities: [] },
      '',
      '?commodities=none',
    ],
  ])('%s', (_name, filters, search, expected) => {
    expect(filtersToSearch(filters, search)).toBe(expected)
  })

  it('round-trips through parseFilters', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      commodities: ['tariffs', 'rare-earths'] as const,
      toggledSeries: ['a-b'],
      direction: 'china-on-us' as const,
    }
    expect(parseFilters(filtersToSearch(filters))).toEqual(filters)
  })
})

describe(isSeriesVisible, () => {
  it.each<[boolean, string[], boolean]>([
    [true, [], true],
    [true, ['s'], false],
    [false, [], false],
    [false, ['s'], true],
  ])('default %s, toggled %j → %s', (defaultVisible, toggled, expected) => {
    expect(isSeriesVisible({ id: 's', defaultVisible }, toggled)).toBe(expected)
    expect(toggleSeries(toggleSeries(toggled, 's'), 's')).toEqual(toggled)
  })
})
