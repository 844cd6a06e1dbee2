import { describe, expect, it } from 'vitest'

import {
  legendItemsForLines,
  referenceLegendItems,
} from '@/charts/legend-items'
import type { ChartLine, LineRole } from '@/domain/time-chart'
import { en, zh } from '../../lang'

const line = (role: LineRole, label: string, inLegend = true): ChartLine => ({
  key: `${label}-${role}`,
  seriesId: label,
  label,
  role,
  curve: 'step',
  styleIndex: 0,
  inLegend,
  unit: 'pct',
})

const labels = (items: readonly { label: string }[]) =>
  items.map((i) => i.label)

describe(legendItemsForLines, () => {
  it.each<[string, ChartLine[], string[], string[]]>([
    [
      'an observed line keeps its (dataset) label',
      [line('observed', 'Fentanyl tariff')],
      ['Fentanyl tariff'],
      ['Fentanyl tariff'],
    ],
    [
      'a threat says it was never applied',
      [line('threat', '100% threat')],
      ['100% threat (threatened, never applied)'],
      ['100% threat（曾威胁加征，从未实施）'],
    ],
    [
      'a scheduled twin adds the dashed entry once',
      [line('observed', 'A'), line('scheduled', 'A', false)],
      ['A', 'Scheduled, not observed (dashed)'],
      ['A', '计划日期，未经观测（虚线）'],
    ],
    [
      'a snap-back part adds the dotted entry',
      [line('observed', 'A'), line('snap-back', 'A', false)],
      ['A', 'Suspended part that would snap back (dotted)'],
      ['A', '暂停中、到期将恢复的部分（点线）'],
    ],
  ])('%s', (_, lines, english, chinese) => {
    expect(labels(legendItemsForLines(lines, 'light', en))).toEqual(english)
    expect(labels(legendItemsForLines(lines, 'light', zh))).toEqual(chinese)
  })
})

describe(referenceLegendItems, () => {
  it.each<[string, boolean, boolean, boolean, string[], string[]]>([
    ['none', false, false, false, [], []],
    [
      'all three',
      true,
      true,
      true,
      [
        'Data as of (later: not observed)',
        'Today',
        'Numbered events (listed below)',
      ],
      ['数据截至日（其后未经观测）', '今日', '编号事件（列于图下）'],
    ],
    ['today only', false, true, false, ['Today'], ['今日']],
  ])('%s', (_, asOf, today, events, english, chinese) => {
    const opts = { asOf, today, events }
    expect(labels(referenceLegendItems('light', opts, en))).toEqual(english)
    expect(labels(referenceLegendItems('light', opts, zh))).toEqual(chinese)
  })
})
