import { describe, expect, it } from 'vitest'

import { clusterMarkers, markerWidth } from '@/charts/marker-clusters'

const pts = (...xs: number[]) => xs.map((x, i) => ({ x, n: i + 1 }))

describe(clusterMarkers, () => {
  it.each<[string, number[], [string, number][]]>([
    ['none', [], []],
    ['one', [10], [['1', 10]]],
    [
      'far apart stay single',
      [0, 30, 60],
      [
        ['1', 0],
        ['2', 30],
        ['3', 60],
      ],
    ],
    // 24 px circles + 3 px gap: 27 px apart is enough, 26 is not.
    [
      'exactly enough room',
      [0, 27],
      [
        ['1', 0],
        ['2', 27],
      ],
    ],
    ['one pixel short merges', [0, 26], [['1–2', 13]]],
    [
      'a run merges into one range',
      [0, 5, 10, 100],
      [
        ['1–3', 5],
        ['4', 100],
      ],
    ],
    // 1–2 at 10 is a 36 px pill: 4 at 36 is too close, so all merge.
    [
      'merging can pull in the next',
      [0, 20, 36, 200],
      [
        ['1–3', 18],
        ['4', 200],
      ],
    ],
  ])('%s', (_name, xs, expected) => {
    const clusters = clusterMarkers(pts(...xs), 3)
    expect(clusters.map((c) => [c.label, c.x])).toEqual(expected)
  })

  it('never leaves two markers touching, at any density', () => {
    for (const step of [1, 4, 9, 17, 26, 40])
      for (const n of [2, 5, 21]) {
        const xs = Array.from({ length: n }, (_, i) => i * step + (i % 3))
        const c = clusterMarkers(pts(...xs), 3)
        for (let i = 1; i < c.length; i++)
          expect(c[i]!.x - c[i - 1]!.x).toBeGreaterThanOrEqual(
            (c[i]!.width + c[i - 1]!.width) / 2 + 3,
          )
        // Every event is in exactly one cluster, in order.
        expect(c.flatMap((k) => [k.first, k.last])[0]).toBe(0)
        expect(c[c.length - 1]!.last).toBe(n - 1)
        for (let i = 1; i < c.length; i++)
          expect(c[i]!.first).toBe(c[i - 1]!.last + 1)
      }
  })
})

describe(markerWidth, () => {
  it.each<[string, number]>([
    ['1', 24],
    ['12', 24],
    ['5–7', 30],
    ['12–15', 43],
  ])('%s → %i px', (label, width) => {
    expect(markerWidth(label)).toBe(width)
  })
})
