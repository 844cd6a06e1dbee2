import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'

import {
  dashboardUrlOf,
  embedFigureId,
  embedSnippet,
  embedUrl,
  parseEmbedTheme,
} from '@/domain/embed'
import type { Locale } from '@/domain/locale'

describe(embedFigureId, () => {
  it.each<[string, string | undefined]>([
    ['/embed/tariffs-us-on-china', 'tariffs-us-on-china'],
    ['/embed/soybeans-soy-12mt/', 'soybeans-soy-12mt'],
    ['/', undefined],
    ['/embed/', undefined],
    ['/embed', undefined],
    ['/embed/a/b', undefined],
    ['/embed/Bad_Id', undefined],
    ['/other/embed/x', undefined],
  ])('%s → %s', (path, id) => {
    expect(embedFigureId(path)).toBe(id)
  })
})

describe(parseEmbedTheme, () => {
  it.each<[string, string | undefined]>([
    ['?theme=dark', 'dark'],
    ['?theme=light&from=2025-01-01', 'light'],
    ['?theme=blue', undefined],
    ['', undefined],
  ])('%s → %s', (search, theme) => {
    expect(parseEmbedTheme(search)).toBe(theme)
  })
})

describe(embedUrl, () => {
  it.each<[string, string, Locale, 'light' | 'dark' | undefined, string]>([
    [
      'https://t.example/?commodities=tariffs,soybeans&from=2025-01-01&to=2026-06-30#x',
      'tariffs-us-on-china',
      'en',
      undefined,
      'https://t.example/embed/tariffs-us-on-china?commodities=tariffs,soybeans&from=2025-01-01&to=2026-06-30&lang=en',
    ],
    [
      'http://127.0.0.1:4441/',
      'rare-earths-pauses',
      'en',
      'dark',
      'http://127.0.0.1:4441/embed/rare-earths-pauses?lang=en&theme=dark',
    ],
    // The Chinese page by its path: the embed gets the language as a parameter.
    [
      'https://t.example/zh/?commodities=soybeans&from=2025-06-01&to=2026-06-30',
      'soybeans-soy-12mt',
      'zh-CN',
      undefined,
      'https://t.example/embed/soybeans-soy-12mt?commodities=soybeans&from=2025-06-01&to=2026-06-30&lang=zh-CN',
    ],
    // By its parameter: kept once, filters and range kept around it.
    [
      'https://t.example/?lang=zh-CN&commodities=tariffs&from=2025-01-01&to=2026-06-30',
      'tariffs-us-on-china',
      'zh-CN',
      'light',
      'https://t.example/embed/tariffs-us-on-china?lang=zh-CN&commodities=tariffs&from=2025-01-01&to=2026-06-30&theme=light',
    ],
    // The reader's language wins over a stale parameter (switched in place).
    [
      'https://t.example/?lang=en&from=2025-01-01',
      'rare-earths-pauses',
      'zh-CN',
      undefined,
      'https://t.example/embed/rare-earths-pauses?lang=zh-CN&from=2025-01-01',
    ],
  ])('%s, %s in %s', (page, id, locale, theme, expected) => {
    expect(embedUrl(page, id, { locale, ...(theme && { theme }) })).toBe(
      expected,
    )
  })
})

describe(dashboardUrlOf, () => {
  it('keeps the filters, drops the theme and points at the figure', () => {
    expect(
      dashboardUrlOf(
        'https://t.example/embed/tariffs-us-on-china?from=2025-01-01&to=2026-06-30&theme=dark',
        'tariffs-us-on-china',
      ),
    ).toBe(
      'https://t.example/?from=2025-01-01&to=2026-06-30#tariffs-us-on-china',
    )
  })

  it('keeps the language of the embed', () => {
    expect(
      dashboardUrlOf(
        'https://t.example/embed/soybeans-soy-12mt?lang=zh-CN&theme=light',
        'soybeans-soy-12mt',
      ),
    ).toBe('https://t.example/?lang=zh-CN#soybeans-soy-12mt')
  })
})

describe(embedSnippet, () => {
  it('is a lazy iframe with a title, a height and escaped attributes', () => {
    const html = embedSnippet({
      src: 'https://t.example/embed/x?a=1&b="2"',
      title: 'Tariffs: US <on> China "headline" (Truce Tracker)',
      height: 612.4,
    })
    const frame = new JSDOM(html).window.document.querySelector('iframe')!
    expect(frame.getAttribute('src')).toBe(
      'https://t.example/embed/x?a=1&b="2"',
    )
    expect(frame.getAttribute('title')).toBe(
      'Tariffs: US <on> China "headline" (Truce Tracker)',
    )
    expect(frame.getAttribute('height')).toBe('612')
    expect(frame.getAttribute('loading')).toBe('lazy')
    expect(html).not.toContain('<on>')
  })
})
