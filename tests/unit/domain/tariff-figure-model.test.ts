/**
 * The whole chart model of a tariff figure on a small hand-written dataset,
 * checked row by row: what the step lines show on each date where something
 * changes, and what the legend is given.
 *
 * - Reciprocal: 125% from 10 Apr 2025; 10% from 14 May 2025 with 24 points
 *   suspended until 12 Aug 2025 (the snap-back line shows 10 + 24 = 34 while
 *   the suspension lasts); struck down (0%) on 24 Feb 2026.
 * - Section 122: 10% from 24 Feb 2026, scheduled to end (0%) on 24 Jul 2026,
 *   after the dataset's as-of date (29 Jun 2026): dashed from the as-of date on.
 * - A threat of 100% on 1 Nov 2025: a point, never a step.
 */
import { describe, expect, it } from 'vitest'

import { validateDataset } from '@/data/validate-dataset'
import { computeTariffFigure } from '@/domain/tariff-view'
import {
  makeDataset,
  makeSoySeries,
  makeTariffLayers,
} from '../../fixtures/builders'
import { en } from '../../lang'

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const RANGE = { fromMs: d('2025-01-01'), toMs: d('2026-12-31') }
const NOW = d('2026-11-29')

function figure(toggledSeries: string[] = []) {
  const dataset = validateDataset(
    makeDataset({ series: [...makeTariffLayers(), makeSoySeries()] }),
  )
  return computeTariffFigure(
    dataset,
    'us-on-china',
    { range: RANGE, showAverages: false, toggledSeries },
    NOW,
    en,
  )
}

describe('tariff chart model', () => {
  it('gives each layer a step line, plus its suspended part and its scheduled part', () => {
    const common = { curve: 'step', unit: 'pct' }
    expect(figure().chart.lines).toEqual([
      {
        ...common,
        key: 'recip',
        seriesId: 'recip',
        label: 'Reciprocal',
        role: 'observed',
        styleIndex: 0,
        inLegend: true,
      },
      {
        ...common,
        key: 'recip__snap',
        seriesId: 'recip',
        label: 'Reciprocal: suspended part',
        role: 'snap-back',
        styleIndex: 0,
        inLegend: false,
      },
      {
        ...common,
        key: 's122',
        seriesId: 's122',
        label: 'Section 122',
        role: 'observed',
        styleIndex: 1,
        inLegend: true,
      },
      {
        ...common,
        key: 's122__scheduled',
        seriesId: 's122',
        label: 'Section 122',
        role: 'scheduled',
        styleIndex: 1,
        inLegend: false,
      },
      {
        curve: 'linear',
        unit: 'pct',
        key: 'threat',
        seriesId: 'threat',
        label: 'Threat',
        role: 'threat',
        styleIndex: 2,
        inLegend: true,
      },
    ])
  })

  it('has a row on every date where a line changes, each line carried as a step until then', () => {
    const rows = figure().chart.rows.map((r) => [
      iso(r.x),
      r.values['recip'],
      r.values['recip__snap'],
      r.values['s122'],
      r.values['s122__scheduled'],
      r.values['threat'],
    ])
    // date, recip, recip suspended part, s122, s122 scheduled, threat
    expect(rows).toEqual([
      ['2025-01-01', null, null, null, null, null],
      ['2025-04-10', 125, null, null, null, null],
      ['2025-05-14', 10, 34, null, null, null],
      ['2025-08-12', 10, 34, null, null, null],
      ['2025-11-01', 10, null, null, null, 100],
      ['2026-02-24', 0, null, 10, null, null],
      // The as-of date: observed lines end, the scheduled part starts.
      ['2026-06-29', 0, null, 10, 10, null],
      ['2026-07-24', null, null, null, 0, null],
      ['2026-12-31', null, null, null, 0, null],
    ])
  })

  it('spans the selected range, with room above the highest rate, and the as-of and today lines', () => {
    const { chart, subtitle, seriesOptions } = figure()
    expect(chart.xDomain).toEqual([RANGE.fromMs, RANGE.toMs])
    expect(chart.yDomain).toEqual([0, 150])
    expect(chart.unit).toBe('pct')
    expect(chart.asOfX).toBe(d('2026-06-29'))
    expect(chart.todayX).toBe(NOW)
    expect(subtitle).toBe('2025-01-01 to 2026-12-31')
    expect(seriesOptions).toEqual([
      { id: 'recip', label: 'Reciprocal', visible: true },
      { id: 's122', label: 'Section 122', visible: true },
      { id: 'threat', label: 'Threat', visible: true },
    ])
  })

  it('without the highest layer, the axis shrinks to the rest', () => {
    const { chart } = figure(['recip'])
    expect(chart.lines.map((l) => l.key)).toEqual([
      's122',
      's122__scheduled',
      'threat',
    ])
    // 100 (the threat) is itself a round maximum.
    expect(chart.yDomain).toEqual([0, 100])
  })
})
