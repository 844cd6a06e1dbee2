import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { DatasetError, formatProblem } from '@/data/dataset-error'
import { allPointsPrechecked, pointChecker } from '@/data/point-precheck'
import { rawDatasetSchema, rawPointSchema } from '@/data/schema'
import { toDataset } from '@/data/to-domain'
import { validateDataset } from '@/data/validate-dataset'
import { generateLargeDataset } from '../../../bench/generate-large'
import { makeDataset, makePoint, makeSeries } from '../../fixtures/builders'

const ok = makePoint()

describe(pointChecker, () => {
  // [name, point, passes the hand check]; a pass must always be a zod pass too.
  it.each<[string, unknown, boolean]>([
    ['a minimal point', ok, true],
    [
      'every optional field',
      {
        ...ok,
        datePrecision: 'month',
        low: 1,
        high: 12,
        approx: true,
        suspendedValue: 0,
        suspendedUntil: '2026-11-10',
        note: 'n',
        conflict: 'c',
        zh: { note: '注', conflict: '异' },
      },
      true,
    ],
    ['an empty zh', { ...ok, zh: {} }, true],
    ['an unknown zh key', { ...ok, zh: { label: '标签' } }, false],
    ['an empty zh note', { ...ok, zh: { note: '' } }, false],
    ['zh not an object', { ...ok, zh: '注' }, false],
    ['two sources', { ...ok, sources: ['a', 'b-2'] }, true],
    ['an unknown key', { ...ok, extra: 1 }, false],
    ['a key set to undefined', { ...ok, note: undefined }, false],
    ['a missing date', { value: 1, status: 'in-force', sources: ['a'] }, false],
    ['an impossible date', { ...ok, date: '2025-02-30' }, false],
    ['a date with a time', { ...ok, date: '2025-02-03T00:00' }, false],
    ['a numeric date', { ...ok, date: 20250203 }, false],
    ['a string value', { ...ok, value: '10' }, false],
    ['a NaN value', { ...ok, value: NaN }, false],
    ['an infinite value', { ...ok, value: Infinity }, false],
    ['a null value', { ...ok, value: null }, false],
    ['an unknown status', { ...ok, status: 'maybe' }, false],
    ['an unknown precision', { ...ok, datePrecision: 'week' }, false],
    ['no sources', { ...ok, sources: [] }, false],
    ['sources not a list', { ...ok, sources: 'a' }, false],
    ['a bad source id', { ...ok, sources: ['Bad_Id'] }, false],
    ['a too long source id', { ...ok, sources: ['a'.repeat(121)] }, false],
    ['a negative suspended value', { ...ok, suspendedValue: -1 }, false],
    ['a bad suspendedUntil', { ...ok, suspendedUntil: '2026-13-01' }, false],
    ['a string approx', { ...ok, approx: 'yes' }, false],
    ['an empty note', { ...ok, note: '' }, false],
    ['a too long note', { ...ok, note: 'x'.repeat(2001) }, false],
    ['a numeric conflict', { ...ok, conflict: 3 }, false],
    ['a string low', { ...ok, low: '1' }, false],
    ['a string high', { ...ok, high: '1' }, false],
    ['null', null, false],
    ['a list', [ok], false],
    ['a class instance', new (class P {})(), false],
    ['an own __proto__ key', JSON.parse('{"__proto__": 1}') as unknown, false],
  ])('%s → %s', (_name, point, expected) => {
    const passes = pointChecker()(point)
    expect(passes).toBe(expected)
    if (passes) expect(rawPointSchema.safeParse(point).success).toBe(true)
  })
})

/** Problems as `path: message` lines, or [] when valid. */
function problemsOf(input: unknown): string[] {
  try {
    validateDataset(input)
  } catch (error) {
    if (error instanceof DatasetError) return error.problems.map(formatProblem)
    throw error
  }
  return []
}

describe(allPointsPrechecked, () => {
  const bundled = JSON.parse(
    readFileSync(resolve(__dirname, '../../../data/commitments.json'), 'utf8'),
  ) as unknown

  it.each<[string, unknown, boolean]>([
    ['the bundled dataset', bundled, true],
    ['a generated large dataset', generateLargeDataset(5_000), true],
    ['a fixture', makeDataset(), true],
    [
      'a series without points',
      makeDataset({ series: [makeSeries({ points: [] })] }),
      false,
    ],
    [
      'one bad point',
      makeDataset({
        series: [makeSeries({ points: [ok, makePoint({ value: NaN })] })],
      }),
      false,
    ],
    ['no series list', { series: 3 }, false],
    ['not an object', 'x', false],
  ])('%s → %s', (_name, json, expected) => {
    expect(allPointsPrechecked(json)).toBe(expected)
  })

  it.each<[string, unknown]>([
    ['the bundled dataset', bundled],
    ['a generated large dataset', generateLargeDataset(5_000)],
  ])('%s: the same domain dataset as the full schema gives', (_name, json) => {
    expect(validateDataset(json)).toEqual(
      toDataset(rawDatasetSchema.parse(json)),
    )
  })

  it('still rejects an unknown series field when every point is fine', () => {
    const raw = makeDataset()
    const series = { ...raw.series[0]!, extra: true }
    expect(problemsOf({ ...raw, series: [series] })).toEqual([
      'series[0]: unknown field "extra"',
    ])
  })

  it('still reports a missing points list and a bad point as zod does', () => {
    const raw = makeDataset()
    const { points: _points, ...noPoints } = raw.series[0]!
    expect(problemsOf({ ...raw, series: [noPoints] })).toEqual([
      'series[0].points: required field is missing (expected array)',
    ])
    expect(
      problemsOf({
        ...raw,
        series: [
          { ...raw.series[0]!, points: [makePoint({ value: 'x' as never })] },
        ],
      }),
    ).toEqual(['series[0].points[0].value: expected number, received string'])
  })
})
