import { describe, expect, it } from 'vitest'

import { rowAtPixel } from '@/domain/pin-at'

// A plot from pixel 60 to 360 over 0–300 ms: one ms per pixel, offset 60.
const AXIS = { domain: [0, 300] as const, left: 60, width: 300 }

describe(rowAtPixel, () => {
  it.each<[number[], number, { x: number; left: number } | undefined]>([
    [[0, 100, 200, 300], 60, { x: 0, left: 60 }],
    [[0, 100, 200, 300], 149, { x: 100, left: 160 }],
    [[0, 100, 200, 300], 211, { x: 200, left: 260 }],
    [[0, 100, 200, 300], 360, { x: 300, left: 360 }],
    // A tie goes to the earlier row.
    [[0, 100], 110, { x: 0, left: 60 }],
    // Rows outside the visible span are never pinned.
    [[-50, 100, 400], 61, { x: 100, left: 160 }],
    [[-50, 400], 200, undefined],
    // Outside the plot (the y-axis, the right margin): nothing.
    [[0, 100], 59, undefined],
    [[0, 100], 361, undefined],
    [[], 200, undefined],
  ])('rows %j, pointer at %i → %j', (xs, pointer, expected) => {
    expect(rowAtPixel(xs, AXIS, pointer)).toEqual(expected)
  })

  it('finds nothing on an empty axis', () => {
    expect(
      rowAtPixel([5], { domain: [5, 5], left: 0, width: 100 }, 50),
    ).toBeUndefined()
    expect(
      rowAtPixel([5], { domain: [0, 10], left: 0, width: 0 }, 0),
    ).toBeUndefined()
  })
})
