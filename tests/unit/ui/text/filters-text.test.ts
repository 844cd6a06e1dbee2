import { describe, expect, it } from 'vitest'

import { parseIsoDate } from '@/domain/dates'
import { DEFAULT_RANGE, presetRange } from '@/domain/date-range'
import type { DashboardFilters } from '@/domain/filters'
import { filtersSummary } from '@/ui/text/filters-text'
import { listOf } from '@/ui/text/labels'
import { en, zh } from '../../../lang'

const base: DashboardFilters = {
  commodities: ['tariffs', 'rare-earths', 'soybeans'],
  range: DEFAULT_RANGE,
  direction: 'both',
  showAverages: false,
  toggledSeries: [],
}

const custom = {
  fromMs: parseIsoDate('2025-03-01')!,
  toMs: parseIsoDate('2025-09-30')!,
}

describe('filtersSummary', () => {
  it.each([
    [
      'everything, default range',
      base,
      'All commodities · 2025–2026',
      '全部品类 · 2025—2026年',
    ],
    [
      'no commodity',
      { ...base, commodities: [] },
      'No commodity · 2025–2026',
      '未选品类 · 2025—2026年',
    ],
    [
      'two commodities, a preset, tariff options',
      {
        ...base,
        commodities: ['tariffs', 'soybeans'],
        range: presetRange('busan-deal'),
        direction: 'us-on-china',
        showAverages: true,
      },
      'Tariffs, Soybeans · Busan deal · US on Chinese goods · with average-rate estimates',
      '关税、大豆 · 釜山协议 · 美国对中国商品 · 含平均税率估算',
    ],
    [
      'tariff options ignored without tariffs; a custom range',
      {
        ...base,
        commodities: ['rare-earths'],
        range: custom,
        direction: 'china-on-us',
        showAverages: true,
      },
      'Rare earths · 2025-03-01 to 2025-09-30',
      '稀土 · 2025-03-01至2025-09-30',
    ],
    [
      'three presets by name',
      { ...base, range: presetRange('trade-war') },
      'All commodities · Trade war 2018–',
      '全部品类 · 贸易战（2018年起）',
    ],
  ] satisfies [string, DashboardFilters, string, string][])(
    '%s',
    (_, filters, english, chinese) => {
      expect(filtersSummary(filters, en)).toBe(english)
      expect(filtersSummary(filters, zh)).toBe(chinese)
    },
  )
})

describe('listOf', () => {
  it.each([
    [['A'], 'A', 'A'],
    [['Tariffs', 'Soybeans'], 'Tariffs, Soybeans', 'Tariffs、Soybeans'],
    [['关税', '稀土', '大豆'], '关税, 稀土, 大豆', '关税、稀土、大豆'],
  ])('%j', (items, english, chinese) => {
    expect(listOf(items, en)).toBe(english)
    expect(listOf(items, zh)).toBe(chinese)
  })
})
