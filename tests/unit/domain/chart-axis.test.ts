import { describe, expect, it } from 'vitest'

import { computeAxisMax, inRangeX, maxOf } from '@/domain/chart-axis'

describe(maxOf, () => {
  it.each([
    [[3, 9, 4], undefined, 9],
    [[], undefined, 0],
    [[-5, -2], undefined, 0],
    [[-5, -2], -10, -2],
    [[1, 2], 5, 5],
  ])('max of %j with floor %s is %d', (values, floor, max) => {
    expect(maxOf(values, floor)).toBe(max)
  })

  it('takes any iterable, not only arrays', () => {
    expect(maxOf(new Set([2, 7, 1]))).toBe(7)
  })
})

describe(computeAxisMax, () => {
  it.each([
    // The smallest multiple of a readable step (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or
    // 10 × 10^n, n the max's magnitude) at or above the max.
    [20, 20],
    [21, 25],
    [145, 150],
    [6146, 7000],
    [12, 15],
    [6.9, 7],
    [0.332, 0.4],
    [1, 1],
    [1.2, 1.5],
    [9.5, 10],
    [0.071, 0.075],
    [0.0101, 0.015],
  ])('data max %d → axis max %d', (max, axis) => {
    expect(computeAxisMax(max)).toBe(axis)
  })

  it.each([0, -3, 1e-9, 1e-12, Number.NaN, Infinity])(
    'falls back to 1 for a max of %d (nothing readable to scale to)',
    (max) => {
      expect(computeAxisMax(max)).toBe(1)
    },
  )

  it('scales a max just above a billionth instead of falling back', () => {
    expect(computeAxisMax(2e-9)).toBe(2e-9)
  })
})

describe(inRangeX, () => {
  const range = { fromMs: 100, toMs: 200 }
  it.each([
    [100, 100],
    [150, 150],
    [200, 200],
    [99, undefined],
    [201, undefined],
  ])('x %d in [100, 200] → %s', (ms, x) => {
    expect(inRangeX(ms, range)).toBe(x)
  })
})
