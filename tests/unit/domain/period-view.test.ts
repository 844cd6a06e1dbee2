import { en } from '../../lang'
import { describe, expect, it } from 'vitest'

import { validateDataset } from '@/data/validate-dataset'
import { computePeriodFigure } from '@/domain/period-view'
import { makeDataset, makePoint, makeSeries } from '../../fixtures/builders'

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

// China customs magnet exports (t): to the US May–Sep 2025, all destinations Jun–Oct.
const monthly = (date: string, value: number) =>
  makePoint({ date, value, status: 'observed', datePrecision: 'month' })
const toUs = makeSeries({
  id: 're-magnet-exports-to-us-monthly',
  commodity: 'rare-earths',
  kind: 'period-volume',
  label: 'Magnet exports to the US',
  unit: 't',
  period: 'month',
  measure: 'exports',
  description: 'China customs, monthly.',
  points: [
    monthly('2025-05-01', 46),
    monthly('2025-06-01', 353),
    monthly('2025-07-01', 619),
    monthly('2025-08-01', 590),
    monthly('2025-09-01', 420),
  ],
})
const total = makeSeries({
  ...toUs,
  id: 're-magnet-exports-total-monthly',
  label: 'Magnet exports, all destinations',
  description: 'China customs, all destinations.',
  points: [
    monthly('2025-06-01', 3188),
    monthly('2025-08-01', 6146),
    monthly('2025-09-01', 5773),
    monthly('2025-10-01', 5473),
  ],
})
const dataset = () =>
  validateDataset(makeDataset({ series: [toUs, total], targets: [] }))
const OPTIONS = {
  id: 'magnets',
  titleKey: 'figures.title.magnetExports',
} as const
const range = (from: string, to: string) => ({ fromMs: d(from), toMs: d(to) })

describe(computePeriodFigure, () => {
  it('has no figure for a commodity or period without period volumes', () => {
    expect(
      computePeriodFigure(
        dataset(),
        'soybeans',
        'month',
        range('2025-01-01', '2025-12-31'),
        OPTIONS,
        en,
      ),
    ).toBeUndefined()
    expect(
      computePeriodFigure(
        dataset(),
        'rare-earths',
        'year',
        range('2025-01-01', '2025-12-31'),
        OPTIONS,
        en,
      ),
    ).toBeUndefined()
  })

  it('has one row per month in the range, with each series value or none', () => {
    const figure = computePeriodFigure(
      dataset(),
      'rare-earths',
      'month',
      range('2025-06-01', '2025-09-01'),
      OPTIONS,
      en,
    )!
    expect(figure.rows.map((r) => [r.label, r.values])).toEqual([
      ['Jun 2025', { [toUs.id]: 353, [total.id]: 3188 }],
      ['Jul 2025', { [toUs.id]: 619 }],
      ['Aug 2025', { [toUs.id]: 590, [total.id]: 6146 }],
      ['Sept 2025', { [toUs.id]: 420, [total.id]: 5773 }],
    ])
    expect(figure.rows[1]!.info[toUs.id]).toMatchObject({
      label: 'Magnet exports to the US',
      value: 619,
      unit: 't',
      date: 'Jul 2025',
    })
  })

  it('has a bar per series in dataset order, with its palette slot', () => {
    const figure = computePeriodFigure(
      dataset(),
      'rare-earths',
      'month',
      range('2025-01-01', '2025-12-31'),
      OPTIONS,
      en,
    )!
    expect(
      figure.bars.map((b) => [
        b.key,
        b.label,
        b.styleIndex,
        b.unit,
        b.inLegend,
        b.role,
        b.curve,
      ]),
    ).toEqual([
      [toUs.id, 'Magnet exports to the US', 0, 't', true, 'observed', 'linear'],
      [
        total.id,
        'Magnet exports, all destinations',
        1,
        't',
        true,
        'observed',
        'linear',
      ],
    ])
  })

  it('scales the value axis to the largest figure of any date, rounded up', () => {
    // 6146 t in August, even for a range that stops before it.
    for (const r of [
      range('2025-01-01', '2025-12-31'),
      range('2025-05-01', '2025-06-30'),
    ])
      expect(
        computePeriodFigure(dataset(), 'rare-earths', 'month', r, OPTIONS, en)!
          .yDomain,
      ).toEqual([0, 7000])
  })

  it('summarises highest, lowest and latest per series, and the as-of limit', () => {
    const figure = computePeriodFigure(
      dataset(),
      'rare-earths',
      'month',
      range('2025-06-01', '2025-09-30'),
      OPTIONS,
      en,
    )!
    expect(figure.summary).toBe(
      'Magnet exports to the US: highest 619 t (Jul 2025), lowest 353 t (Jun 2025), latest 420 t (Sept 2025). ' +
        'Magnet exports, all destinations: highest 6,146 t (Aug 2025), lowest 3,188 t (Jun 2025), latest 5,773 t (Sept 2025). ' +
        'No figure after 29 Jun 2026.',
    )
  })

  it('says which series has nothing in the range, and when none has', () => {
    const onlyTotal = computePeriodFigure(
      dataset(),
      'rare-earths',
      'month',
      range('2025-10-01', '2025-12-31'),
      OPTIONS,
      en,
    )!
    expect(onlyTotal.summary).toContain(
      'Magnet exports to the US: no figure in the range.',
    )
    expect(onlyTotal.summary).toContain('latest 5,473 t (Oct 2025)')
    const none = computePeriodFigure(
      dataset(),
      'rare-earths',
      'month',
      range('2026-01-01', '2026-12-31'),
      OPTIONS,
      en,
    )!
    expect(none.summary).toBe('No monthly figures in 2026-01-01 to 2026-12-31.')
    expect(none.rows).toEqual([])
  })

  it('includes points on both range ends', () => {
    const figure = computePeriodFigure(
      dataset(),
      'rare-earths',
      'month',
      range('2025-05-01', '2025-06-01'),
      OPTIONS,
      en,
    )!
    expect(figure.rows.map((r) => r.label)).toEqual(['May 2025', 'Jun 2025'])
  })

  it('titles, ids and notes the figure from its options and series descriptions', () => {
    const figure = computePeriodFigure(
      dataset(),
      'rare-earths',
      'month',
      range('2025-01-01', '2025-12-31'),
      OPTIONS,
      en,
    )!
    expect(figure).toMatchObject({
      kind: 'period-bars',
      id: 'magnets',
      commodity: 'rare-earths',
      title:
        'Rare earths: magnet and rare-earth exports from China, monthly (China customs)',
      subtitle: '2025-01-01 to 2025-12-31 · months',
      unit: 't',
      sourceIds: ['str-2025-11'],
      notes: [
        'Magnet exports to the US: China customs, monthly.',
        'Magnet exports, all destinations: China customs, all destinations.',
      ],
    })
    expect(figure.table.caption).toBe(
      'Rare earths: magnet and rare-earth exports from China, monthly (China customs) — every figure shown, 2025-01-01 to 2025-12-31',
    )
  })

  it('labels annual rows by year and leaves out series in another unit', () => {
    const annual = (
      id: string,
      unit: 'Mt' | 'usd-bn',
      points: [string, number][],
    ) =>
      makeSeries({
        id,
        commodity: 'soybeans',
        kind: 'period-volume',
        label: id,
        unit,
        period: 'year',
        measure: 'arrivals',
        points: points.map(([date, value]) =>
          makePoint({ date, value, status: 'observed', datePrecision: 'year' }),
        ),
      })
    const ds = validateDataset(
      makeDataset({
        series: [
          annual('volume', 'Mt', [
            ['2023-01-01', 24.1],
            ['2024-01-01', 22.1],
          ]),
          annual('value', 'usd-bn', [['2024-01-01', 12.5]]),
        ],
        targets: [],
      }),
    )
    const figure = computePeriodFigure(
      ds,
      'soybeans',
      'year',
      range('2020-01-01', '2025-12-31'),
      OPTIONS,
      en,
    )!
    expect(figure.rows.map((r) => r.label)).toEqual(['2023', '2024'])
    expect(figure.bars.map((b) => b.key)).toEqual(['volume'])
    expect(figure.subtitle).toBe(
      'Every calendar year (annual context: not limited by 2020-01-01 to 2025-12-31)',
    )
    expect(
      computePeriodFigure(
        ds,
        'soybeans',
        'year',
        range('2025-01-01', '2025-12-31'),
        OPTIONS,
        en,
      )!.summary,
      // Annual context is not limited by the range: a 2025-only range still
      // shows every year.
    ).toBe(figure.summary)
    expect(figure.summary).toContain('highest 24.1 Mt (2023)')
  })

  it('orders rows by date whatever the order of the series', () => {
    const ds = validateDataset(
      makeDataset({ series: [total, toUs], targets: [] }),
    )
    const figure = computePeriodFigure(
      ds,
      'rare-earths',
      'month',
      range('2025-01-01', '2025-12-31'),
      OPTIONS,
      en,
    )!
    expect(figure.rows.map((r) => r.label)).toEqual([
      'May 2025',
      'Jun 2025',
      'Jul 2025',
      'Aug 2025',
      'Sept 2025',
      'Oct 2025',
    ])
  })

  it('names the lowest period even when it is not the first in the range', () => {
    const figure = computePeriodFigure(
      dataset(),
      'rare-earths',
      'month',
      range('2025-07-01', '2025-09-30'),
      OPTIONS,
      en,
    )!
    expect(figure.summary).toContain(
      'Magnet exports to the US: highest 619 t (Jul 2025), lowest 420 t (Sept 2025), latest 420 t (Sept 2025).',
    )
  })

  it('leaves out series of the commodity that are not per-period amounts', () => {
    const cumulative = makeSeries({
      ...toUs,
      id: 'cumulative',
      kind: 'cumulative-volume',
      label: 'Cumulative',
    })
    const ds = validateDataset(
      makeDataset({ series: [cumulative, toUs], targets: [] }),
    )
    const figure = computePeriodFigure(
      ds,
      'rare-earths',
      'month',
      range('2025-01-01', '2025-12-31'),
      OPTIONS,
      en,
    )!
    expect(figure.bars.map((b) => b.key)).toEqual([toUs.id])
  })

  it('lists every shown figure of every series in its table', () => {
    const figure = computePeriodFigure(
      dataset(),
      'rare-earths',
      'month',
      range('2025-06-01', '2025-08-31'),
      OPTIONS,
      en,
    )!
    // Jun–Aug: three to the US, two to all destinations.
    expect(figure.table.rows).toHaveLength(5)
  })
})
