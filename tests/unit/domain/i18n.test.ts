import { beforeEach, describe, expect, it } from 'vitest'

import { type Catalogue, type Lang, createLang } from '@/domain/i18n'
import type { Locale } from '@/domain/locale'
import type { Unit } from '@/domain/vocabulary'
import { compileCatalogue } from '../../../scripts/locale-catalogues'

const JUN_29 = Date.UTC(2026, 5, 29)
const OCT_30 = Date.UTC(2025, 9, 30, 23, 30) // late in the UTC day: still the 30th

const langOf = (locale: Locale, messages: Record<string, string> = {}) =>
  createLang(locale, compileCatalogue(messages, 'test') as Catalogue)
// Made before each test, not when the file is collected: Stryker sees which
// test runs which code (stryker.config.json, ignoreStatic).
let en: Lang
let zh: Lang
beforeEach(() => {
  en = langOf('en')
  zh = langOf('zh-CN')
})

describe('dates in each language (UTC)', () => {
  it.each([
    [JUN_29, '29 Jun 2026', '2026年6月29日'],
    [OCT_30, '30 Oct 2025', '2025年10月30日'],
  ])('%i', (ms, english, chinese) => {
    expect(en.date(ms)).toBe(english)
    expect(zh.date(ms)).toBe(chinese)
  })

  it.each([
    [JUN_29, 'Jun 2026', '2026年6月'],
    [OCT_30, 'Oct 2025', '2025年10月'],
  ])('month and year of %i', (ms, english, chinese) => {
    expect(en.monthYear(ms)).toBe(english)
    expect(zh.monthYear(ms)).toBe(chinese)
  })
})

describe('time-axis ticks in each language (UTC)', () => {
  it.each([
    [JUN_29, 'Jun 2026', 'Jun 26', '2026年6月', '26年6月'],
    [OCT_30, 'Oct 2025', 'Oct 25', '2025年10月', '25年10月'],
    [Date.UTC(2026, 8, 1), 'Sept 2026', 'Sep 26', '2026年9月', '26年9月'],
    [
      Date.UTC(2009, 11, 31, 23),
      'Dec 2009',
      'Dec 09',
      '2009年12月',
      '09年12月',
    ],
    [Date.UTC(2026, 0, 1), 'Jan 2026', 'Jan 26', '2026年1月', '26年1月'],
  ])('%i', (ms, english, englishShort, chinese, chineseShort) => {
    expect(en.axisMonth(ms)).toBe(english)
    expect(en.axisMonthShort(ms)).toBe(englishShort)
    expect(zh.axisMonth(ms)).toBe(chinese)
    expect(zh.axisMonthShort(ms)).toBe(chineseShort)
    // Without the year: Chinese writes the month alone, English keeps it.
    expect(en.axisMonthShort(ms, false)).toBe(englishShort)
    expect(zh.axisMonthShort(ms, false)).toBe(
      chineseShort.replace(/^\d\d年/, ''),
    )
  })

  it('writes every English month as the English ticks always did', () => {
    const months = Array.from({ length: 12 }, (_, m) => Date.UTC(2025, m, 1))
    expect(months.map((ms) => en.axisMonth(ms))).toEqual(
      'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'
        .split(' ')
        .map((m) => `${m} 2025`),
    )
    expect(months.map((ms) => en.axisMonthShort(ms))).toEqual(
      'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'
        .split(' ')
        .map((m) => `${m} 25`),
    )
  })
})

describe('values with units: Mt in English, 万吨 in Chinese', () => {
  it.each<[number, Unit, string, string]>([
    [12, 'Mt', '12 Mt', '1200万吨'],
    [25, 'Mt', '25 Mt', '2500万吨'],
    [6.93, 'Mt', '6.93 Mt', '693万吨'],
    [12.345, 'Mt', '12.35 Mt', '1234.5万吨'],
    [0.5, 'Mt', '0.5 Mt', '50万吨'],
    [145, 'Mt', '145 Mt', '14,500万吨'],
    [145, 'pct', '145%', '145%'],
    [10, 'pct', '10%', '10%'],
    [619, 't', '619 t', '619吨'],
    [1234, 't', '1,234 t', '1234吨'],
    [12, 'usd-bn', '$12bn', '120亿美元'],
    [166, 'usd-bn', '$166bn', '1660亿美元'],
    [20.6, 'usd-bn', '$20.6bn', '206亿美元'],
  ])('%d %s', (value, unit, english, chinese) => {
    expect(en.value(value, unit)).toBe(english)
    expect(zh.value(value, unit)).toBe(chinese)
  })

  it.each([
    [0.576, '58%'],
    [1, '100%'],
    [0, '0%'],
  ])('share %d → %s in both', (ratio, text) => {
    expect(en.percent(ratio)).toBe(text)
    expect(zh.percent(ratio)).toBe(text)
  })
})

describe('messages: ICU placeholders and plurals per language', () => {
  let enLang: Lang
  let zhLang: Lang
  beforeEach(() => {
    enLang = langOf('en', {
      count: '{count, plural, one {# source} other {# sources}}',
      due: 'Was due to end {date}',
    })
    zhLang = langOf('zh-CN', {
      count: '{count} 个来源',
      due: '原定于{date}结束',
    })
  })
  it.each([
    [1, '1 source', '1 个来源'],
    [2, '2 sources', '2 个来源'],
    [1000, '1,000 sources', '1000 个来源'],
  ])('%i', (count, english, chinese) => {
    expect(enLang.t('count' as never, { count })).toBe(english)
    expect(zhLang.t('count' as never, { count })).toBe(chinese)
  })

  it('orders words per language', () => {
    expect(enLang.t('due' as never, { date: en.date(JUN_29) })).toBe(
      'Was due to end 29 Jun 2026',
    )
    expect(zhLang.t('due' as never, { date: zh.date(JUN_29) })).toBe(
      '原定于2026年6月29日结束',
    )
  })

  it('shows a missing key instead of nothing', () => {
    expect(enLang.t('nope' as never)).toBe('⟦nope⟧')
  })
})
