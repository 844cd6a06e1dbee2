import { describe, expect, it } from 'vitest'

import { maxTicksFor } from '@/charts/chart-theme'
import { computeTimeTicks } from '@/domain/ticks'

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
    expect(maxTicksFor(plot)).toBe(ticks)
  })

  // Plot widths of a 360 and a 390 px phone (chart minus axis and margins).
  it.each<[number, string, string]>([
    [210, '2025-01-01', '2026-12-31'],
    [240, '2025-01-01', '2026-12-31'],
    [240, '2025-10-01', '2026-12-31'],
    [240, '2025-10-01', '2026-02-28'],
  ])('a %i px plot shows at least four ticks from %s to %s', (plot, a, b) => {
    expect(
      computeTimeTicks(d(a), d(b), maxTicksFor(plot)).length,
    ).toBeGreaterThanOrEqual(4)
  })
})
