/** Series and role colours (domain/palette.ts): deterministic styles, legible colours. */
import { describe, expect, it } from 'vitest'

import {
  ROLE_COLORS,
  SERIES_COLORS,
  SERIES_DASHES,
  THEMES,
  seriesStyle,
  windowStateColor,
} from '@/domain/palette'
import type { WindowState } from '@/domain/vocabulary'

/** WCAG 2 relative luminance of a #RRGGBB colour, written out here as the oracle. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe(seriesStyle, () => {
  it.each<[number, 'light' | 'dark', string, string]>([
    [0, 'light', '#0072B2', ''],
    [1, 'light', '#D55E00', '7 3'],
    [7, 'light', '#8C2D04', '6 2 2 2'],
    // Past the eighth colour the colours repeat, the dashes shift by one,
    // so series 0 and 8 never look alike.
    [8, 'light', '#0072B2', '7 3'],
    [9, 'light', '#D55E00', '2 3'],
    [15, 'light', '#8C2D04', ''],
    [16, 'light', '#0072B2', '2 3'],
    [0, 'dark', '#56B4E9', ''],
    [3, 'dark', '#E59CC6', '9 3 2 3'],
    [8, 'dark', '#56B4E9', '7 3'],
  ])('series %i in %s: %s, dash "%s"', (index, theme, color, dash) => {
    expect(seriesStyle(index, theme)).toEqual({ color, dash })
  })

  it('gives the first 64 series 64 different colour and dash pairs', () => {
    const pairs = new Set(
      Array.from({ length: 64 }, (_, i) => {
        const s = seriesStyle(i, 'light')
        return `${s.color} ${s.dash}`
      }),
    )
    expect(pairs.size).toBe(64)
  })
})

describe(windowStateColor, () => {
  it.each<[WindowState, keyof (typeof ROLE_COLORS)['light']]>([
    ['in-force', 'inForce'],
    ['paused', 'paused'],
    ['scheduled', 'scheduled'],
  ])('%s windows take the %s colour', (state, role) => {
    for (const theme of THEMES)
      expect(windowStateColor(state, ROLE_COLORS[theme])).toBe(
        ROLE_COLORS[theme][role],
      )
  })
})

describe('palette legibility', () => {
  it.each(THEMES)(
    'in %s, every series colour is distinct and at least 3:1 against the background',
    (theme) => {
      const colors = SERIES_COLORS[theme]
      expect(new Set(colors).size).toBe(colors.length)
      for (const c of colors)
        expect(
          contrast(c, ROLE_COLORS[theme].background),
        ).toBeGreaterThanOrEqual(3)
    },
  )

  it.each(THEMES)(
    'in %s, text is at least 4.5:1 against the background',
    (theme) => {
      const { text, muted, background } = ROLE_COLORS[theme]
      expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5)
      expect(contrast(muted, background)).toBeGreaterThanOrEqual(4.5)
    },
  )

  it('pairs every colour with its own dash pattern', () => {
    expect(SERIES_DASHES).toHaveLength(SERIES_COLORS.light.length)
    expect(new Set(SERIES_DASHES).size).toBe(SERIES_DASHES.length)
  })
})
