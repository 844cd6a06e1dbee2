import { describe, expect, it } from 'vitest'

import { clampInto, placeBeside } from '@/domain/placement'

describe('clampInto', () => {
  it.each([
    // start, size, limit, margin, expected
    [50, 100, 400, 16, 50], // fits where it is
    [-76, 352, 360, 16, 16], // the 360 px Export menu that opened at −76
    [300, 100, 360, 16, 244], // overflows right: pulled back
    [10, 400, 360, 16, 16], // too big: starts at the margin
    [0, 100, 100, 0, 0], // exactly fits
  ])('start %d size %d in %d (margin %d) → %d', (s, size, l, m, want) => {
    expect(clampInto(s, size, l, m)).toBe(want)
  })
})

describe('placeBeside', () => {
  it.each([
    // anchor, size, limit, gap, expected
    [50, 100, 400, 10, 60], // after the anchor
    [350, 100, 400, 10, 240], // no room after: before it
    [150, 250, 324, 10, 25], // room on neither side: centred, clamped
    [20, 250, 324, 10, 30], // room after only
    [300, 400, 324, 10, 0], // wider than the frame: at its start
  ])('anchor %d size %d in %d gap %d → %d', (a, size, l, g, want) => {
    expect(placeBeside(a, size, l, g)).toBe(want)
  })
})
