import { describe, expect, it } from 'vitest'

import {
  collapseSteps,
  downsampleLine,
  lttb,
  MAX_POINTS_PER_CHART,
} from '@/domain/downsample'

const line = (ys: number[]) => ys.map((y, x) => ({ x, y }))

describe(lttb, () => {
  it.each<[string, number[], number, number[]]>([
    ['fewer points than the threshold: unchanged', [1, 2, 3], 5, [0, 1, 2]],
    [
      'keeps first, last and the peak',
      [0, 0, 0, 10, 0, 0, 0, 0, 0, 0],
      3,
      [0, 3, 9],
    ],
    ['keeps a dip', [5, 5, 5, 5, 5, -5, 5, 5, 5, 5, 5, 5], 4, [0, 5, 6, 11]],
  ])('%s', (_name, ys, threshold, xs) => {
    expect(lttb(line(ys), threshold).map((p) => p.x)).toEqual(xs)
  })

  it('returns exactly the threshold for long input, in x order', () => {
    const pts = line(
      Array.from({ length: 100_000 }, (_, i) => Math.sin(i / 500) * 10),
    )
    const out = lttb(pts, 1000)
    expect(out).toHaveLength(1000)
    expect(out.every((p, i) => i === 0 || p.x > out[i - 1]!.x)).toBe(true)
    expect(out[0]).toBe(pts[0])
    expect(out[999]).toBe(pts[99_999])
  })
})

describe(collapseSteps, () => {
  it.each<[number[], number[]]>([
    [
      [10, 10, 10, 20, 20, 0],
      [0, 3, 5],
    ],
    [
      [1, 1, 1, 1],
      [0, 3],
    ],
    [[], []],
  ])('%j → x %j', (ys, xs) => {
    expect(collapseSteps(line(ys)).map((p) => p.x)).toEqual(xs)
  })
})

describe(downsampleLine, () => {
  it.each<[string, number, 'step' | 'linear', number, number]>([
    ['short line untouched', 500, 'linear', 1, 500],
    ['one long line → 1000', 100_000, 'linear', 1, 1000],
    [
      'ten long lines share the chart budget',
      10_000,
      'linear',
      10,
      MAX_POINTS_PER_CHART / 10,
    ],
    ['never below 100 points', 10_000, 'linear', 100, 100],
  ])('%s', (_name, n, curve, lines, expected) => {
    const pts = line(Array.from({ length: n }, (_, i) => (i * 7919) % 101))
    expect(downsampleLine(pts, curve, lines)).toHaveLength(expected)
  })

  it('keeps every change of a long step line when they fit', () => {
    const pts = line(
      Array.from({ length: 50_000 }, (_, i) => Math.floor(i / 1000)),
    )
    const out = downsampleLine(pts, 'step', 1)
    expect(out).toHaveLength(51)
    expect(out.map((p) => p.y)).toEqual([
      ...Array.from({ length: 50 }, (_, i) => i),
      49,
    ])
  })
})
