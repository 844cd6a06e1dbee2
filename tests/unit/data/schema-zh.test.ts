/** The optional `zh` objects in the file schema: strict, non-empty, items paired with `items`. */
import { describe, expect, it } from 'vitest'

import { DatasetError, formatProblem } from '@/data/dataset-error'
import type { RawDataset } from '@/data/schema'
import { validateDataset } from '@/data/validate-dataset'
import {
  makeDataset,
  makeEvent,
  makeMeasure,
  makePoint,
  makeSeries,
  makeSoySeries,
  makeSource,
} from '../../fixtures/builders'

function problemsOf(input: unknown): string[] {
  try {
    validateDataset(input)
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map(formatProblem)
    throw error
  }
  return []
}

const withMeasureZh = (zh: unknown) =>
  makeDataset({ measures: [makeMeasure({ zh } as never)] })

describe('zh in the dataset schema', () => {
  it.each<[string, unknown, string[]]>([
    ['no zh anywhere (an English-only dataset)', makeDataset(), []],
    [
      'zh items one per item',
      withMeasureZh({ label: '禁令', items: ['镓', '锗', '锑', '超硬材料'] }),
      [],
    ],
    [
      'zh items shorter than items',
      withMeasureZh({ label: '禁令', items: ['镓', '锗', '锑'] }),
      [
        'measures[0].zh.items: expected 4 items, one per entry of "items" (got 3)',
      ],
    ],
    [
      'zh without its label',
      withMeasureZh({ reference: '公告' }),
      ['measures[0].zh.label: required field is missing (expected string)'],
    ],
    [
      'an unknown zh field',
      makeDataset({
        events: [makeEvent({ zh: { label: '会晤', title: 'x' } } as never)],
      }),
      ['events[0].zh: unknown field "title"'],
    ],
    [
      'an empty zh label',
      makeDataset({ events: [makeEvent({ zh: { label: '' } })] }),
      ['events[0].zh.label: expected non-empty text'],
    ],
    [
      'an empty point zh note',
      makeDataset({
        series: [
          makeSeries({ points: [makePoint({ note: 'n', zh: { note: '' } })] }),
          makeSoySeries(),
        ],
      }),
      ['series[0].points[0].zh.note: expected non-empty text'],
    ],
    [
      'a source with zh (titles stay in their original language)',
      makeDataset({
        sources: [makeSource({ zh: { title: '标题' } } as never)],
      }),
      ['sources[0]: unknown field "zh"'],
    ],
    [
      'meta zh without description',
      ((d: RawDataset) => ({
        ...d,
        meta: { ...d.meta, zh: { title: '标题' } },
      }))(makeDataset()),
      ['meta.zh.description: required field is missing (expected string)'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(problemsOf(input)).toEqual(expected)
  })

  it('carries zh into the domain model', () => {
    const d = validateDataset(
      makeDataset({
        events: [makeEvent({ zh: { label: '釜山会晤' } })],
        series: [
          makeSeries({
            zh: { label: '芬太尼关税' },
            points: [makePoint({ note: 'n', zh: { note: '注' } })],
          }),
          makeSoySeries(),
        ],
      }),
    )
    expect(d.events[0]!.zh).toEqual({ label: '釜山会晤' })
    expect(d.series[0]!.zh).toEqual({ label: '芬太尼关税' })
    expect(d.series[0]!.points[0]!.zh).toEqual({ note: '注' })
    expect(d.series[1]!.zh).toBeUndefined()
  })
})
