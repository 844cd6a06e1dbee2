import { describe, expect, it } from 'vitest'

import { exportEventLines, exportFooterLine } from '@/domain/export-caption'

import { en, zh } from '../../lang'

const markers = [
  { n: 1, date: '2025-10-30', label: 'Busan summit' },
  { n: 2, date: '2025-11-10', label: 'Pause starts' },
]
const meta = {
  asOfMs: Date.parse('2026-06-29T00:00:00Z'),
  title: 'US–China commitments',
  version: '2026.11.29-1',
}
const url = 'https://t.example/?lang=zh-CN&commodities=soybeans'

describe(exportEventLines, () => {
  it.each([
    [
      'en',
      en,
      ['Events: (1) 2025-10-30 Busan summit; (2) 2025-11-10 Pause starts.'],
    ],
    [
      'zh',
      zh,
      ['事件：（1）2025-10-30，Busan summit；（2）2025-11-10，Pause starts。'],
    ],
  ])('%s', (_, lang, lines) => {
    expect(exportEventLines(markers, lang)).toEqual(lines)
  })

  it('writes no line without events', () => {
    expect(exportEventLines([], zh)).toEqual([])
  })
})

describe(exportFooterLine, () => {
  it.each([
    [
      'en',
      en,
      'Data as of 2026-06-29 · dataset “US–China commitments” v2026.11.29-1 · Truce Tracker · https://t.example/?lang=zh-CN&commodities=soybeans',
    ],
    [
      'zh',
      zh,
      '数据截至2026-06-29 · 数据集“US–China commitments”版本2026.11.29-1 · 中美贸易休战追踪 · https://t.example/?lang=zh-CN&commodities=soybeans',
    ],
  ])('%s', (_, lang, line) => {
    expect(exportFooterLine(meta, url, lang)).toBe(line)
  })
})
