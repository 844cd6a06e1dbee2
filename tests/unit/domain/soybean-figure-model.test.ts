/**
 * The whole chart model of a soybean progress figure, on the fixture dataset
 * (tests/fixtures/builders.ts: USDA purchases of 0.332 Mt on 14 Nov 2025,
 * 2.85 Mt on 9 Dec 2025 and 6.9 Mt on 8 Jan 2026 against the 12 Mt pledge,
 * due 31 Dec 2025 or 28 Feb 2026), checked field by field: what the chart and its legend are given.
 */
import { describe, expect, it } from 'vitest'

import { validateDataset } from '@/data/validate-dataset'
import { computeSoybeanProgressFigure } from '@/domain/soybean-view'
import { makeDataset } from '../../fixtures/builders'
import { en, zh } from '../../lang'

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const RANGE = { fromMs: d('2025-01-01'), toMs: d('2026-12-31') }
const NOW = d('2026-11-29')

function figure(toggledSeries: string[] = [], lang = en, nowMs = NOW) {
  const soy = validateDataset(makeDataset())
  return computeSoybeanProgressFigure(
    soy,
    soy.targets[0]!,
    { range: RANGE, toggledSeries },
    nowMs,
    lang,
  )
}

describe('soybean progress chart model', () => {
  it('draws one line per source, its projection and the two prorated paths', () => {
    const lines = figure().chart.lines
    const common = { curve: 'linear', styleIndex: 0, unit: 'Mt' }
    expect(lines).toEqual([
      {
        ...common,
        key: 'soy-usda-contracts',
        seriesId: 'soy-usda-contracts',
        label: 'USDA-confirmed purchases (purchases / sales contracts)',
        role: 'observed',
        inLegend: true,
      },
      {
        ...common,
        key: 'soy-usda-contracts__projection',
        seriesId: 'soy-usda-contracts',
        label: 'Current pace, projected',
        role: 'projection',
        inLegend: true,
      },
      {
        ...common,
        key: 'soy-12mt__path-fast',
        seriesId: 'soy-12mt',
        label: 'Prorated path to the earliest deadline',
        role: 'target',
        inLegend: false,
      },
      {
        ...common,
        key: 'soy-12mt__path-slow',
        seriesId: 'soy-12mt',
        label: 'Prorated path to the latest deadline',
        role: 'target',
        inLegend: false,
      },
    ])
  })

  it('spans the pledge start to the range end, with room above the 12 Mt target', () => {
    const { chart } = figure()
    expect(chart.xDomain).toEqual([d('2025-10-01'), d('2026-12-31')])
    expect(chart.yDomain).toEqual([0, 15])
    expect(chart.unit).toBe('Mt')
    expect(chart.asOfX).toBe(d('2026-06-29'))
    expect(chart.todayX).toBe(NOW)
  })

  it('has no today line when today is past the range', () => {
    const { chart } = figure([], en, d('2027-03-01'))
    expect(chart.todayX).toBeUndefined()
    expect(chart.asOfX).toBe(d('2026-06-29'))
  })

  it('overlays the target with its deadline band and the band between the two paths', () => {
    expect(figure().chart.overlays).toEqual({
      targets: [
        {
          id: 'soy-12mt',
          label: '12 Mt initial soybean purchases',
          value: 12,
          bandX: [d('2025-12-31'), d('2026-02-28')],
          deadlines: [
            {
              x: d('2025-12-31'),
              label: 'End of 2025 (White House)',
              approx: false,
            },
            {
              x: d('2026-02-28'),
              label: 'End of February 2026',
              approx: false,
            },
          ],
          confirmed: false,
        },
      ],
      bands: [
        {
          lowKey: 'soy-12mt__path-slow',
          highKey: 'soy-12mt__path-fast',
          label: 'Prorated target path (earliest to latest deadline)',
        },
      ],
    })
  })

  it('marks the Busan summit, a past (not scheduled) event', () => {
    expect(figure().chart.markers).toEqual([
      {
        n: 1,
        id: 'busan-summit',
        x: d('2025-10-30'),
        date: '2025-10-30',
        dateTime: '2025-10-30',
        label: 'Busan summit',
        description:
          'Trump–Xi summit at Gimhae airport, Busan: one-year truce.',
        scheduled: false,
      },
    ])
  })

  it('keeps the observed points and projects from the last one past the pledge', () => {
    const { rows } = figure().chart
    const valuesOf = (key: string) =>
      rows
        .filter((r) => r.values[key] !== null && r.values[key] !== undefined)
        .map((r) => [new Date(r.x).toISOString().slice(0, 10), r.values[key]])
    expect(valuesOf('soy-usda-contracts')).toEqual([
      ['2025-11-14', 0.332],
      ['2025-12-09', 2.85],
      ['2026-01-08', 6.9],
    ])
    const projection = valuesOf('soy-usda-contracts__projection')
    expect(projection[0]).toEqual(['2026-01-08', 6.9])
    expect(projection.at(-1)![1]).toBeGreaterThanOrEqual(12)
  })

  it('names the lines in the reader’s language', () => {
    const labels = figure([], zh).chart.lines.map((l) => l.label)
    expect(labels).toHaveLength(4)
    for (const label of labels) expect(label).toMatch(/[\u4e00-\u9fff]/)
  })

  it('without its only source it keeps the paths and loses the projection', () => {
    const { chart } = figure(['soy-usda-contracts'])
    expect(chart.lines.map((l) => l.role)).toEqual(['target', 'target'])
    expect(chart.yDomain).toEqual([0, 15])
  })
})
