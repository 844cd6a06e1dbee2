import { describe, expect, it } from 'vitest'

import { hasCjk, inLocale } from '@/domain/localized'
import type {
  ControlMeasure,
  DataGap,
  Source,
  TradeEvent,
} from '@/domain/types'

const event: TradeEvent = {
  id: 'busan-summit',
  dateMs: Date.UTC(2025, 9, 30),
  datePrecision: 'day',
  kind: 'summit',
  label: 'Busan summit',
  description: 'Trump–Xi summit at Gimhae airport, Busan: one-year truce.',
  commodities: ['tariffs'],
  scheduled: false,
  sourceIds: ['str-2025-11'],
  zh: { label: '釜山会晤' },
}

const measure: ControlMeasure = {
  id: 'mofcom-2024-46-us-ban',
  commodity: 'rare-earths',
  side: 'china',
  label: 'Ban on gallium, germanium, antimony exports to the US',
  reference: 'MOFCOM Announcement 2024 No. 46, clause 2',
  items: ['gallium', 'germanium'],
  announcedMs: Date.UTC(2024, 11, 3),
  windows: [],
  sourceIds: ['str-2025-11'],
  zh: { label: '镓、锗、锑对美出口禁令', items: ['镓', '锗'] },
}

const gap: DataGap = {
  id: 'after-asof',
  text: 'Nothing after.',
  commodities: [],
}

describe(inLocale, () => {
  it.each<[string, () => unknown, unknown]>([
    ['English label', () => inLocale(event, 'label', 'en'), 'Busan summit'],
    ['Chinese label', () => inLocale(event, 'label', 'zh-CN'), '釜山会晤'],
    [
      'Chinese asked, no zh description: English',
      () => inLocale(event, 'description', 'zh-CN'),
      event.description,
    ],
    [
      'English asked, zh present: English',
      () => inLocale(measure, 'items', 'en'),
      ['gallium', 'germanium'],
    ],
    ['Chinese items', () => inLocale(measure, 'items', 'zh-CN'), ['镓', '锗']],
    [
      'Chinese asked, no zh reference: English',
      () => inLocale(measure, 'reference', 'zh-CN'),
      'MOFCOM Announcement 2024 No. 46, clause 2',
    ],
    [
      'Chinese asked, no zh object at all: English',
      () => inLocale(gap, 'text', 'zh-CN'),
      'Nothing after.',
    ],
    [
      'Chinese asked, optional field absent in both: undefined',
      () => inLocale(measure, 'note', 'zh-CN'),
      undefined,
    ],
  ])('%s', (_name, read, expected) => {
    expect(read()).toEqual(expected)
  })

  it('allows only fields that exist in both the record and its zh', () => {
    const source = { id: 's', title: 'T' } as Source
    // @ts-expect-error -- `kind` has no Chinese twin
    expect(inLocale(event, 'kind', 'zh-CN')).toBe('summit')
    // @ts-expect-error -- sources carry no `zh`: titles stay original
    expect(inLocale(source, 'title', 'zh-CN')).toBe('T')
  })
})

describe(hasCjk, () => {
  it.each<[string, boolean]>([
    ['釜山会晤', true],
    ['第301条款', true],
    ['Section 301', false],
    ['１２', false],
    ['，。', false],
    ['', false],
    ['㐀', true],
  ])('%j → %s', (text, expected) => {
    expect(hasCjk(text)).toBe(expected)
  })
})
