import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'

import {
  dashboardUrlOf,
  embedFigureId,
  embedSnippet,
  embedUrl,
  parseEmbedTheme,
} from '@/domain/embed'

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
  it.each<[string, string, 'light' | 'dark' | undefined, string]>([
    [
      'https://t.example/?commodities=tariffs,soybeans&from=2025-01-01&to=2026-06-30#x',
      'tariffs-us-on-china',
      undefined,
      'https://t.example/embed/tariffs-us-on-china?commodities=tariffs,soybeans&from=2025-01-01&to=2026-06-30',
    ],
    [
      'http://127.0.0.1:4441/',
      'rare-earths-pauses',
      'dark',
      'http://127.0.0.1:4441/embed/rare-earths-pauses?theme=dark',
    ],
  ])('%s, %s', (page, id, theme, expected) => {
    expect(embedUrl(page, id, theme)).toBe(expected)
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
