/** "At a glance" verdicts on small hand-written datasets: the edge cases. */
import { describe, expect, it } from 'vitest'

import { validateDataset } from '@/data/validate-dataset'
import type { RawPoint, RawSeries, RawTarget } from '@/data/schema'
import { DEFAULT_FILTERS } from '@/domain/filters'
import {
  computeGlance,
  glancePledges,
  isCardFigureShown,
} from '@/domain/glance/at-a-glance'
import { freshnessNote } from '@/domain/glance/freshness'
import { VERDICT_META } from '@/domain/glance/verdicts'
import { en } from '../../../lang'
import {
  makeDataset,
  makeMeasure,
  makePoint,
  makeSeries,
  makeSoySeries,
  makeTarget,
} from '../../../fixtures/builders'

const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`)
const NOW = at('2026-12-02')
const soy = (id: string, shortLabel: string, points: RawPoint[]): RawSeries =>
  makeSoySeries({ id, shortLabel, points })
const obs = (date: string, value: number) =>
  makePoint({ date, value, status: 'observed' })

/** The 12 Mt card of a dataset with these tracking series and target overrides. */
function pledge(series: RawSeries[], target: Partial<RawTarget> = {}) {
  const dataset = validateDataset(
    makeDataset({
      series,
      targets: [makeTarget({ trackedBy: series.map((s) => s.id), ...target })],
    }),
  )
  return computeGlance(dataset, NOW, en).find(
    (c) => c.id === 'pledge-soy-12mt',
  )!
}

describe('pledge cards', () => {
  it.each<[string, RawSeries[], string, string]>([
    [
      'no data: no observation since the start',
      [soy('usda', 'USDA', [obs('2025-09-18', 0)])],
      'No data',
      'No data toward 12 Mt (USDA)',
    ],
    [
      'deadline passed without data after the last observation',
      [soy('usda', 'USDA', [obs('2025-12-09', 2.85)])],
      'Deadline passed — outcome unknown',
      '24% of 12 Mt (2.85 Mt) (USDA)',
    ],
    [
      'met before the deadline',
      [
        soy('traders', 'traders', [
          obs('2025-12-18', 7),
          obs('2026-01-20', 12),
        ]),
      ],
      'Met',
      '100% of 12 Mt (traders)',
    ],
    [
      'not met: observed after the deadline, below the target',
      [soy('customs', 'customs', [obs('2026-03-31', 3)])],
      'Not met',
      '25% of 12 Mt (3 Mt) (customs)',
    ],
    [
      'conflicting sources, side by side',
      [
        soy('usda', 'USDA', [obs('2026-03-31', 6.9)]),
        soy('traders', 'traders', [obs('2026-01-20', 12)]),
      ],
      'Sources disagree',
      '58% of 12 Mt (6.9 Mt) (USDA) | 100% of 12 Mt (traders)',
    ],
  ])('%s', (_what, series, verdict, figures) => {
    const card = pledge(series)
    expect(en.t(VERDICT_META[card.verdict].label)).toBe(verdict)
    expect(
      card.figures
        .map((f) => `${f.value} ${f.context} (${f.source})`)
        .join(' | '),
    ).toBe(figures)
  })

  it('names each source’s verdict when they disagree', () => {
    const card = pledge([
      soy('usda', 'USDA', [obs('2026-03-31', 6.9)]),
      soy('traders', 'traders', [obs('2026-01-20', 12)]),
    ])
    expect(card.verdictDetail).toBe('Met (traders) · Not met (USDA)')
  })

  it('says when the last observation predates a passed deadline', () => {
    const card = pledge([soy('usda', 'USDA', [obs('2025-12-09', 2.85)])])
    expect(card.deadline).toBe(
      'Latest of 2 stated deadlines, 28 Feb 2026, passed — no figure after 9 Dec 2025',
    )
  })

  it.each<[string, number, string]>([
    ['on track', 6, 'On track'],
    ['behind', 0.5, 'Behind'],
  ])('judges the pace while the deadline is ahead: %s', (_w, mt, verdict) => {
    const card = pledge([soy('usda', 'USDA', [obs('2026-06-01', mt)])], {
      start: '2026-01-01',
      deadlines: [
        {
          id: 'end-2026',
          date: '2026-12-31',
          label: 'End of 2026',
          sources: ['str-2025-11'],
        },
      ],
    })
    expect(en.t(VERDICT_META[card.verdict].label)).toBe(verdict)
    expect(card.deadline).toBe(
      'Deadline: 31 Dec 2026, in 29 days — no data after 29 Jun 2026',
    )
  })

  it('gives no card to a target without a stated deadline (approximate only)', () => {
    const dataset = validateDataset(
      makeDataset({
        targets: [
          makeTarget({
            deadlines: [
              {
                id: 'season',
                date: '2026-08-31',
                label: 'The current season (no date stated)',
                approx: true,
                sources: ['str-2025-11'],
              },
            ],
          }),
        ],
      }),
    )
    expect(glancePledges(dataset, NOW)).toEqual([])
    expect(computeGlance(dataset, NOW, en).map((c) => c.id)).not.toContain(
      'pledge-soy-12mt',
    )
  })

  it('says so when nothing tracks a pledge', () => {
    const card = pledge([], {})
    expect(card.verdict).toBe('no-data')
    expect(card.figures[0]!.value).toBe('No figures')
    expect(card.visual.kind).toBe('none')
  })
})

describe('tariff and pause cards', () => {
  const cardOf = (overrides: Parameters<typeof makeDataset>[0], id: string) =>
    computeGlance(validateDataset(makeDataset(overrides)), NOW, en).find(
      (c) => c.id === id,
    )!

  it('has no data when no rate was applied at the as-of date', () => {
    const card = cardOf(
      {
        series: [
          makeSeries({
            points: [makePoint({ date: '2026-02-24', status: 'announced' })],
          }),
          makeSoySeries(),
        ],
      },
      'tariffs-us-on-china',
    )
    expect(card.verdict).toBe('no-data')
  })

  it('without a headline, gives the range of the layers in force', () => {
    const card = cardOf(
      {
        series: [
          makeSeries({ id: 'a', points: [makePoint({ value: 10 })] }),
          makeSeries({ id: 'b', points: [makePoint({ value: 15 })] }),
          makeSoySeries(),
        ],
      },
      'tariffs-us-on-china',
    )
    expect(card.verdict).toBe('in-force')
    expect(card.figures[0]!.value).toBe('10%–15%')
    expect(card.deadline).toBe('No scheduled change in the data')
  })

  it('says a rate at 0% is not in force', () => {
    const card = cardOf(
      { series: [makeSeries({ headline: true }), makeSoySeries()] },
      'tariffs-us-on-china',
    )
    expect(en.t(VERDICT_META[card.verdict].label)).toBe('Not in force')
    expect(card.figures[0]!.value).toBe('0%')
  })

  it.each<[string, string | null, string, string]>([
    [
      'a pause with no announced end',
      null,
      'Paused',
      '1 with no announced end',
    ],
    [
      'a pause due to end after today',
      '2027-01-31',
      'Paused',
      '1 due to end 31 Jan 2027 (in 60 days)',
    ],
    [
      'a pause that ended before the data stop',
      '2026-03-01',
      'In force',
      'Nothing paused at the as-of date',
    ],
  ])('%s', (_what, end, verdict, deadline) => {
    const card = cardOf(
      {
        measures: [
          makeMeasure({
            windows: [
              {
                state: 'paused',
                start: '2025-11-09',
                end,
                endStatus: end === null ? 'open' : 'scheduled',
                sources: ['str-2025-11'],
              },
            ],
          }),
        ],
      },
      'rare-earth-controls',
    )
    expect(en.t(VERDICT_META[card.verdict].label)).toBe(verdict)
    expect(card.deadline).toBe(deadline)
  })
})

describe(freshnessNote, () => {
  const asOf = Date.UTC(2026, 5, 29)
  it.each<[string, number, string | undefined]>([
    ['30 days after', at('2026-07-29'), undefined],
    [
      '31 days after',
      at('2026-07-30'),
      'The data stop at 29 Jun 2026, 31 days ago; later dates are scheduled, not observed.',
    ],
    [
      '156 days after',
      at('2026-12-02'),
      'The data stop at 29 Jun 2026, 156 days ago; later dates are scheduled, not observed.',
    ],
    ['before the as-of date', at('2026-06-01'), undefined],
  ])('%s', (_what, now, expected) => {
    expect(freshnessNote(asOf, now, en)).toBe(expected)
  })
})

describe(isCardFigureShown, () => {
  const defaultCards = () => {
    const cards = computeGlance(validateDataset(makeDataset()), NOW, en)
    return {
      pledgeCard: cards.find((c) => c.id === 'pledge-soy-12mt')!,
      usCard: cards.find((c) => c.id === 'tariffs-us-on-china')!,
    }
  }

  it.each<[string, boolean, boolean]>([
    ['default filters', true, true],
    ['soybeans hidden', false, true],
    ['China-on-US tariffs only', true, false],
    ['a range before the pledge', false, true],
  ])('%s', (what, pledgeShown, usShown) => {
    const { pledgeCard, usCard } = defaultCards()
    const filters = {
      ...DEFAULT_FILTERS,
      ...(what === 'soybeans hidden' && {
        commodities: ['tariffs', 'rare-earths'] as const,
      }),
      ...(what === 'China-on-US tariffs only' && {
        direction: 'china-on-us' as const,
      }),
      ...(what === 'a range before the pledge' && {
        range: { fromMs: at('2018-01-01'), toMs: at('2019-01-01') },
      }),
    }
    expect(isCardFigureShown(pledgeCard, filters)).toBe(pledgeShown)
    expect(isCardFigureShown(usCard, filters)).toBe(usShown)
  })
})
