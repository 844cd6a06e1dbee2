import { describe, expect, it } from 'vitest'

import { assignMarkerRows } from '@/charts/marker-rows'

describe(assignMarkerRows, () => {
  it.each<[string, number[], number[]]>([
    ['far apart stay on row 0', [0, 30, 60], [0, 0, 0]],
    ['close ones stack', [0, 5, 10, 40], [0, 1, 2, 0]],
    ['overflow reuses the oldest row', [0, 1, 2, 3], [0, 1, 2, 0]],
    ['none', [], []],
  ])('%s', (_name, xs, rows) => {
    expect(assignMarkerRows(xs, 22, 3)).toEqual(rows)
  })
})
