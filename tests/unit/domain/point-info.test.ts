import { en } from '../../lang'
import { describe, expect, it } from 'vitest'

import { validateDataset } from '@/data/validate-dataset'
import { resolveSources, statusLabel, toPointInfo } from '@/domain/point-info'
import type { SeriesPoint } from '@/domain/types'
import { makeDataset, makeSource } from '../../fixtures/builders'

const dataset = () =>
  validateDataset(
    makeDataset({
      sources: [
        makeSource(),
        makeSource({
          id: 'piie-tracker',
          publisher: 'PIIE',
          title: 'US-China trade war tariffs',
          url: 'https://www.piie.com/research/piie-charts/2019/us-china-trade-war-tariffs-date-chart',
        }),
      ],
    }),
  )
const STR = {
  publisher: 'STR',
  url: 'https://www.strtrade.com/trade-news-resources/str-trade-report/trade-report/november/tariff-changes-for-imports-from-china-made-official',
  title: 'Tariff Changes for Imports from China Made Official',
  kind: 'original-report',
  kindLabel: 'Original report',
}

describe(resolveSources, () => {
  it.each([
    [['str-2025-11'], ['STR']],
    [
      ['piie-tracker', 'str-2025-11'],
      ['PIIE', 'STR'],
    ],
    [['missing', 'str-2025-11'], ['STR']],
    [[], []],
  ])('%j → publishers %j, in the order cited', (ids, publishers) => {
    expect(resolveSources(dataset(), ids, en).map((s) => s.publisher)).toEqual(
      publishers,
    )
  })

  it('gives publisher, url, title and the kind of source', () => {
    expect(resolveSources(dataset(), ['str-2025-11'], en)).toEqual([STR])
  })
})

const point = (overrides: Partial<SeriesPoint> = {}): SeriesPoint =>
  ({
    dateMs: Date.parse('2025-11-10T00:00:00Z'),
    datePrecision: 'day',
    value: 10,
    status: 'in-force',
    approx: false,
    sourceIds: ['str-2025-11'],
    ...overrides,
  }) as SeriesPoint

describe(toPointInfo, () => {
  it('describes a plain point: label, value, unit, date set, status and sources', () => {
    expect(
      toPointInfo(dataset(), 'IEEPA fentanyl tariff', 'pct', point(), en),
    ).toEqual({
      label: 'IEEPA fentanyl tariff',
      value: 10,
      unit: 'pct',
      date: '2025-11-10',
      status: 'In force',
      approx: false,
      sources: [STR],
      weaklySourced: false,
    })
  })

  it.each<[string, Partial<SeriesPoint>, string | undefined]>([
    ['no bounds: no range', {}, undefined],
    ['both bounds', { low: 2.5, high: 3 }, '2.5–3'],
    ['only a high bound: from the value', { value: 2.85, high: 3 }, '2.85–3'],
    [
      'only a low bound: up to the value',
      { value: 2.85, low: 2.5 },
      '2.5–2.85',
    ],
  ])('%s', (_, overrides, range) => {
    expect(toPointInfo(dataset(), 'x', 'Mt', point(overrides), en).range).toBe(
      range,
    )
  })

  it('carries approx, note and conflict when the point has them', () => {
    const info = toPointInfo(
      dataset(),
      'x',
      'Mt',
      point({
        approx: true,
        note: 'Reported, not confirmed',
        conflict: 'PIIE says 20%',
      }),
      en,
    )
    expect(info).toMatchObject({
      approx: true,
      note: 'Reported, not confirmed',
      conflict: 'PIIE says 20%',
    })
  })

  it('has no note or conflict key when the point has none', () => {
    const info = toPointInfo(dataset(), 'x', 'pct', point(), en)
    expect('note' in info).toBe(false)
    expect('conflict' in info).toBe(false)
    expect('range' in info).toBe(false)
  })
})

describe(statusLabel, () => {
  it.each([
    ['in-force', 'In force'],
    ['scheduled', 'Scheduled (not observed)'],
    ['struck-down', 'Struck down / ended'],
  ] as const)('%s → %s', (status, label) => {
    expect(statusLabel(status, en)).toBe(label)
  })
})
