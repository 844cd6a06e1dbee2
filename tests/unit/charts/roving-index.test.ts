import { describe, expect, it } from 'vitest'

import { nextRovingIndex } from '@/charts/roving-index'

describe(nextRovingIndex, () => {
  it.each<[string, number, number, number | undefined]>([
    ['ArrowRight', 0, 3, 1],
    ['ArrowDown', 1, 3, 2],
    ['ArrowRight', 2, 3, 2],
    ['ArrowLeft', 2, 3, 1],
    ['ArrowUp', 0, 3, 0],
    ['Home', 2, 3, 0],
    ['End', 0, 3, 2],
    ['Tab', 1, 3, undefined],
    ['Enter', 1, 3, undefined],
    ['ArrowRight', 0, 0, undefined],
  ])('%s from %i of %i → %s', (key, current, count, expected) => {
    expect(nextRovingIndex(key, current, count)).toBe(expected)
  })
})
