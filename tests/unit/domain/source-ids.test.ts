import { describe, expect, it } from 'vitest'

import { validateDataset } from '@/data/validate-dataset'
import { pointSourceIds } from '@/domain/source-ids'
import {
  makeDataset,
  makePoint,
  makeSeries,
  makeSource,
} from '../../fixtures/builders'

const sources = ['a', 'b', 'c'].map((id) => makeSource({ id }))
const series = (id: string, cited: string[][]) =>
  makeSeries({
    id,
    points: cited.map((ids, i) =>
      makePoint({ date: `2025-0${i + 1}-01`, value: 10, sources: ids }),
    ),
  })
const dataset = () =>
  validateDataset(
    makeDataset({
      sources,
      series: [
        series('one', [['b'], ['a', 'b']]),
        series('two', [['c'], ['a']]),
      ],
      targets: [],
      measures: [],
      events: [],
    }),
  )

describe(pointSourceIds, () => {
  it.each([
    [['one'], ['b', 'a']],
    [['two'], ['c', 'a']],
    [
      ['one', 'two'],
      ['b', 'a', 'c'],
    ],
    [
      ['two', 'one'],
      ['c', 'a', 'b'],
    ],
    [[], []],
  ])('series %j cite %j, each once, in first-use order', (ids, cited) => {
    const picked = ids.map((id) => dataset().series.find((s) => s.id === id)!)
    expect(pointSourceIds(picked)).toEqual(cited)
  })
})
