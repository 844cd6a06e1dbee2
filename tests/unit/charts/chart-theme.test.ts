import { describe, expect, it } from 'vitest'

import { maxTicksFor } from '@/charts/chart-theme'
import { computeTimeTicks } from '@/domain/ticks'
import { en, zh } from '../../lang'

const d = (iso: string): number => Date.parse(`${iso}T00:00:00Z`)

describe(maxTicksFor, () => {
  it.each<[number, number]>([
    [60, 2],
    [210, 4],
    [258, 5],
    [419, 9],
    [420, 5],
    [916, 11],
  ])('a %i px plot → %i ticks', (plot, ticks) => {
    expect(maxTicksFor(plot, en)).toBe(ticks)
  })

  // Short Chinese ticks ('25年10月') are wider than 'Oct 25': fewer on a narrow plot.
  it.each<[number, number, number]>([
    [210, 4, 3],
    [300, 6, 5],
    [419, 9, 6],
    [420, 5, 5],
  ])('a %i px plot → %i ticks in English, %i in Chinese', (plot, e, z) => {
    expect(maxTicksFor(plot, en)).toBe(e)
    expect(maxTicksFor(plot, zh)).toBe(z)
  })

  // Plot widths of a 360 and a 390 px phone (chart minus axis and margins).
  it.each<[number, string, string]>([
    [210, '2025-01-01', '2026-12-31'],
    [240, '2025-01-01', '2026-12-31'],
    [240, '2025-10-01', '2026-12-31'],
    [240, '2025-10-01', '2026-02-28'],
  ])('a %i px plot shows at least four ticks from %s to %s', (plot, a, b) => {
    expect(
      computeTimeTicks(d(a), d(b), maxTicksFor(plot, en)).length,
    ).toBeGreaterThanOrEqual(4)
  })
})
