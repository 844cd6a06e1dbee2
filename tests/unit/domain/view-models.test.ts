/** Tariff and soybean view models: what the charts are given, from small hand-written datasets. */
import { en } from '../../lang'
import { describe, expect, it } from 'vitest'

import { validateDataset } from '@/data/validate-dataset'
import { allFigures } from '../../fixtures/figures'
import { DEFAULT_FILTERS } from '@/domain/filters'
import { computeSoybeanProgressFigure } from '@/domain/soybean-view'
import { computeTariffFigure } from '@/domain/tariff-view'
import type { ChartRow } from '@/domain/time-chart'
import {
  makeDataset,
  makeSoySeries,
  makeTariffLayers,
} from '../../fixtures/builders'

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const NOW = d('2026-11-29')
const RANGE = { fromMs: d('2025-01-01'), toMs: d('2026-12-31') }

/** The value of line `key` at date `iso` in the merged rows. */
function at(
  rows: readonly ChartRow[],
  key: string,
  iso: string,
): number | null | undefined {
  return rows.find((r) => r.x === d(iso))?.values[key]
}

function allFinite(rows: readonly ChartRow[]): boolean {
  return rows.every((r) =>
    Object.values(r.values).every((v) => v === null || Number.isFinite(v)),
  )
}

const dataset = () =>
  validateDataset(
    makeDataset({ series: [...makeTariffLayers(), makeSoySeries()] }),
  )

describe(computeTariffFigure, () => {
  const tariffFigure = () =>
    computeTariffFigure(
      dataset(),
      'us-on-china',
      { range: RANGE, showAverages: false, toggledSeries: [] },
      NOW,
      en,
    )

  it.each<[string, string, string, number | null]>([
    // 2025-11-01 has a row (the threat's date) but no recip point: the value
    // there is the step carried from 2025-05-14.
    ['carries a step until the next change', 'recip', '2025-11-01', 10],
    ['a change applies from its date', 'recip', '2025-05-14', 10],
    ['the struck-down step is drawn', 'recip', '2026-02-24', 0],
    ['observed lines stop at the as-of date', 's122', '2026-06-29', 10],
    ['nothing observed after as-of', 's122', '2026-07-24', null],
    ['the scheduled part starts at as-of', 's122__scheduled', '2026-06-29', 10],
    ['and steps at the scheduled date', 's122__scheduled', '2026-07-24', 0],
    [
      'the suspended part is drawn on top until its end',
      'recip__snap',
      '2025-08-12',
      34,
    ],
    ['a threat is a point, not a line', 'threat', '2025-11-01', 100],
    ['and has no value after its date', 'threat', '2026-02-24', null],
  ])('%s (%s on %s)', (_name, key, iso, expected) => {
    const rows = tariffFigure().chart.rows
    // Rows exist at every date any line changes; missing rows count as "no value".
    expect(at(rows, key, iso) ?? null).toBe(expected)
  })

  it('never hands NaN or Infinity to the chart and keeps axes fixed', () => {
    const figure = tariffFigure()
    expect(allFinite(figure.chart.rows)).toBe(true)
    expect(figure.chart.xDomain).toEqual([RANGE.fromMs, RANGE.toMs])
    expect(figure.chart.yDomain).toEqual([0, 150])
    expect(figure.chart.asOfX).toBe(d('2026-06-29'))
    expect(figure.chart.todayX).toBe(NOW)
  })

  it('summarises what was in force at as-of, never counting a threat', () => {
    const figure = tariffFigure()
    expect(figure.summary).toContain(
      'As of 29 Jun 2026, US tariffs on Chinese goods in force by layer: Section 122 10%.',
    )
    // NOW (29 Nov 2026) is past the scheduled end, and no source says what happened.
    expect(figure.summary).toContain(
      'Scheduled, not observed: Section 122 was due to end on 24 Jul 2026 — outcome unknown (no data after 29 Jun 2026).',
    )
    expect(figure.summary).not.toContain('Threat 100%')
  })

  it('says "to end on" while the scheduled end is still ahead', () => {
    const early = computeTariffFigure(
      dataset(),
      'us-on-china',
      { range: RANGE, toggledSeries: [], showAverages: false },
      d('2026-07-01'),
      en,
    )
    expect(early.summary).toContain(
      'Scheduled, not observed: Section 122 to end on 24 Jul 2026.',
    )
  })

  it('starts a range mid-step with the rate then in effect', () => {
    const mid = computeTariffFigure(
      dataset(),
      'us-on-china',
      {
        range: { fromMs: d('2025-06-01'), toMs: d('2025-12-31') },
        showAverages: false,
        toggledSeries: [],
      },
      NOW,
      en,
    )
    expect(at(mid.chart.rows, 'recip', '2025-06-01')).toBe(10)
    expect(mid.table.rows.map((r) => r.cells.date)).toEqual([
      '2025-05-14',
      '2025-11-01',
    ])
    expect(mid.chart.todayX).toBeUndefined()
  })

  it('hides a toggled layer but still offers it', () => {
    const hidden = computeTariffFigure(
      dataset(),
      'us-on-china',
      { range: RANGE, showAverages: false, toggledSeries: ['recip'] },
      NOW,
      en,
    )
    expect(hidden.chart.lines.some((l) => l.seriesId === 'recip')).toBe(false)
    expect(hidden.seriesOptions.find((o) => o.id === 'recip')).toEqual({
      id: 'recip',
      label: 'Reciprocal',
      visible: false,
    })
  })
})

describe(computeSoybeanProgressFigure, () => {
  const soyDataset = () => validateDataset(makeDataset())

  it('reports percent of target, projection and deadlines in its summary', () => {
    const soy = soyDataset()
    const figure = computeSoybeanProgressFigure(
      soy,
      soy.targets[0]!,
      { range: RANGE, toggledSeries: [] },
      NOW,
      en,
    )
    expect(figure.summary).toContain(
      'As of 8 Jan 2026, USDA-confirmed purchases: about 6.9 Mt, 58% of the 12 Mt pledge.',
    )
    expect(figure.summary).toContain('the pledge would be met by 28 Feb 2026')
    expect(figure.summary).toContain('not met by 31 Dec 2025')
    expect(figure.summary).toContain(
      'China never publicly confirmed the 12 Mt figure.',
    )
    expect(figure.title.startsWith('Soybeans')).toBe(true)
    expect(allFinite(figure.chart.rows)).toBe(true)
    expect(figure.chart.overlays!.targets[0]!.bandX).toEqual([
      d('2025-12-31'),
      d('2026-02-28'),
    ])
  })

  it('draws the prorated path from 0 at the start to the target at each deadline', () => {
    const soy = soyDataset()
    const figure = computeSoybeanProgressFigure(
      soy,
      soy.targets[0]!,
      { range: RANGE, toggledSeries: [] },
      NOW,
      en,
    )
    expect(at(figure.chart.rows, 'soy-12mt__path-fast', '2025-10-30')).toBe(0)
    expect(at(figure.chart.rows, 'soy-12mt__path-fast', '2025-12-31')).toBe(12)
    expect(at(figure.chart.rows, 'soy-12mt__path-slow', '2026-02-28')).toBe(12)
  })

  it('says so when a tracked series is hidden, and projects nothing for it', () => {
    const soy = soyDataset()
    const figure = computeSoybeanProgressFigure(
      soy,
      soy.targets[0]!,
      { range: RANGE, toggledSeries: ['soy-usda-contracts'] },
      NOW,
      en,
    )
    expect(figure.chart.lines.map((l) => l.key)).toEqual([
      'soy-12mt__path-fast',
      'soy-12mt__path-slow',
    ])
    expect(figure.table.rows).toHaveLength(0)
  })
})

describe('every figure of the filters', () => {
  it.each<
    [string, readonly ('tariffs' | 'rare-earths' | 'soybeans')[], string[]]
  >([
    [
      'all commodities',
      ['tariffs', 'rare-earths', 'soybeans'],
      ['Tariffs', 'Rare earths', 'Soybeans'],
    ],
    ['soybeans only', ['soybeans'], ['Soybeans']],
    ['none', [], []],
  ])(
    '%s: every figure title starts with its commodity label',
    (_name, commodities, prefixes) => {
      const groups = allFigures(
        validateDataset(makeDataset()),
        { ...DEFAULT_FILTERS, commodities },
        NOW,
      )
      expect(groups.map((g) => g.figures[0]?.title.split(':')[0])).toEqual(
        prefixes,
      )
    },
  )
})
