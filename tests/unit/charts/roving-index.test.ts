import { describe, expect, it } from 'vitest'

import { nearestIndex, nextRovingIndex } from '@/charts/roving-index'

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

describe(nearestIndex, () => {
  it.each<[number[], number | undefined, number]>([
    [[10, 50, 90], undefined, 0],
    [[10, 50, 90], 0, 0],
    [[10, 50, 90], 45, 1],
    [[10, 50, 90], 71, 2],
    [[10, 50, 90], 500, 2],
    [[10, 50, 90], 30, 0],
    [[], 30, 0],
  ])('in %j nearest to %s → %i', (positions, at, expected) => {
    expect(nearestIndex(positions, at)).toBe(expected)
  })
})
