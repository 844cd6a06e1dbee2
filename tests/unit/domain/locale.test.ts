import { describe, expect, it } from 'vitest'

import {
  type LocaleInputs,
  localeHref,
  localeOfPath,
  parseLocale,
  resolveLocale,
} from '@/domain/locale'

describe('parseLocale', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-TW', undefined],
    ['zh-Hant', undefined],
    ['fr', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%s → %s', (tag, locale) => {
    expect(parseLocale(tag)).toBe(locale)
  })
})

describe('localeOfPath', () => {
  it.each([
    ['/', undefined],
    ['/zh/', 'zh-CN'],
    ['/zh', 'zh-CN'],
    ['/zh/index.html', 'zh-CN'],
    ['/zhx/', undefined],
    ['/embed/tariffs-us', undefined],
  ])('%s → %s', (path, locale) => {
    expect(localeOfPath(path)).toBe(locale)
  })
})

describe('resolveLocale: URL, then path, then memory, then browser, then English', () => {
  it.each<[string, LocaleInputs, string]>([
    ['nothing known', {}, 'en'],
    ['browser Chinese', { browser: ['zh-CN', 'en'] }, 'zh-CN'],
    ['first served browser language', { browser: ['fr', 'zh'] }, 'zh-CN'],
    ['unserved browser languages', { browser: ['fr', 'de'] }, 'en'],
    ['memory beats browser', { remembered: 'en', browser: ['zh'] }, 'en'],
    ['path beats memory', { pathname: '/zh/', remembered: 'en' }, 'zh-CN'],
    ['parameter beats path', { param: 'en', pathname: '/zh/' }, 'en'],
    [
      'unknown parameter ignored',
      { param: 'xx', remembered: 'zh-CN' },
      'zh-CN',
    ],
  ])('%s', (_, inputs, locale) => {
    expect(resolveLocale(inputs)).toBe(locale)
  })
})

describe('localeHref keeps every other parameter', () => {
  it.each([
    ['/', '', 'zh-CN', '/zh/?lang=zh-CN'],
    [
      '/',
      '?commodities=soybeans&from=2025-10',
      'zh-CN',
      '/zh/?commodities=soybeans&from=2025-10&lang=zh-CN',
    ],
    [
      '/zh/',
      '?lang=zh-CN&commodities=tariffs',
      'en',
      '/?lang=en&commodities=tariffs',
    ],
    [
      '/embed/tariffs-us',
      '?theme=dark',
      'zh-CN',
      '/embed/tariffs-us?theme=dark&lang=zh-CN',
    ],
  ] as const)('%s%s → %s', (path, search, locale, href) => {
    expect(localeHref(locale, path, search)).toBe(href)
  })
})
