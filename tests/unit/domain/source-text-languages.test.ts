import { describe, expect, it } from 'vitest'

import type { Source } from '@/domain/types'
import { sourceByline, sourceDate, sourceTitle } from '@/domain/source-kind'
import { en, zh } from '../../lang'

type Dated = Pick<Source, 'publishedMs' | 'publishedPrecision'>

describe('sourceDate', () => {
  it.each([
    [
      'a day',
      {
        publishedMs: Date.parse('2025-11-10T00:00:00Z'),
        publishedPrecision: 'day',
      },
      '2025-11-10',
      '2025年11月10日',
    ],
    [
      'a month',
      {
        publishedMs: Date.parse('2025-11-01T00:00:00Z'),
        publishedPrecision: 'month',
      },
      'Nov 2025',
      '2025年11月',
    ],
    [
      'a year',
      {
        publishedMs: Date.parse('2025-01-01T00:00:00Z'),
        publishedPrecision: 'year',
      },
      '2025',
      '2025年',
    ],
    [
      'no date',
      { publishedMs: null, publishedPrecision: 'day' },
      'undated',
      '未注明日期',
    ],
  ] satisfies [string, Dated, string, string][])(
    '%s',
    (_, source, english, chinese) => {
      expect(sourceDate(source, en)).toBe(english)
      expect(sourceDate(source, zh)).toBe(chinese)
    },
  )
})

describe('sourceTitle and sourceByline', () => {
  it.each([
    [
      'a titled page keeps its own title',
      { title: 'China hits target', url: 'https://www.example.com/a' },
      'China hits target',
      'China hits target',
    ],
    [
      'an untitled page names its site',
      { title: null, url: 'https://www.mofcom.gov.cn/x' },
      'untitled page on mofcom.gov.cn',
      'mofcom.gov.cn上的无标题页面',
    ],
  ] satisfies [string, Pick<Source, 'title' | 'url'>, string, string][])(
    '%s',
    (_, source, english, chinese) => {
      expect(sourceTitle(source, en)).toBe(english)
      expect(sourceTitle(source, zh)).toBe(chinese)
    },
  )

  it.each([
    [{ publisher: 'MOFCOM' }, 'MOFCOM', 'MOFCOM'],
    [
      { publisher: 'Baird Maritime', via: 'Reuters' },
      'Reuters, via Baird Maritime',
      'Reuters，经Baird Maritime转载',
    ],
  ] satisfies [Pick<Source, 'publisher' | 'via'>, string, string][])(
    'byline of %j',
    (source, english, chinese) => {
      expect(sourceByline(source, en)).toBe(english)
      expect(sourceByline(source, zh)).toBe(chinese)
    },
  )
})
