/**
 * The "At a glance" cards over every commitment of the shipped dataset, read
 * through the real loader, on fixed days: the verdicts the page shows.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseDatasetText } from '@/data/validate-dataset'
import { DEFAULT_FILTERS } from '@/domain/filters'
import { allFigures } from '../../../fixtures/figures'
import { computeGlance } from '@/domain/glance/at-a-glance'
import { VERDICT_META } from '@/domain/glance/verdicts'
import { en } from '../../../lang'

const SHIPPED = readFileSync('data/commitments.json', 'utf8')
const dataset = () => parseDatasetText(SHIPPED)
const at = (iso: string) => Date.parse(iso)

/** [card id, verdict label, figures as "value context (source, as of)", deadline]. */
type Row = [string, string, string[], string]

const byId = (now: number) =>
  new Map(computeGlance(dataset(), now, en).map((c) => [c.id, c]))

const figureText = (now: number, id: string) =>
  byId(now)
    .get(id)!
    .figures.map(
      (f) =>
        `${f.value} ${f.context}${f.source ? ` (${f.source})` : ''} @${new Date(f.asOfMs).toISOString().slice(0, 10)}`,
    )

describe('computeGlance on the shipped dataset, 2 Dec 2026', () => {
  const NOW = at('2026-12-02T12:00:00Z')

  it.each<Row>([
    [
      'tariffs-us-on-china',
      'Expiry passed — outcome unknown',
      [
        '10% US headline additional tariff on China (new 2025 layers), since 24 Feb 2026 @2026-06-29',
      ],
      'Section 122 surcharge (collected rate) was due to end 24 Jul 2026 — outcome unknown (no data after 29 Jun 2026)',
    ],
    [
      'tariffs-china-on-us',
      'Expiry passed — outcome unknown',
      [
        '10% China counter-tariff on all US goods, since 10 Nov 2025 @2026-06-29',
      ],
      'The 24-point suspension was due to end 10 Nov 2026 — outcome unknown (no data after 29 Jun 2026)',
    ],
    [
      'pledge-soy-12mt',
      'Sources disagree',
      [
        '58% of 12 Mt (about 6.9 Mt) (USDA) @2026-01-08',
        '100% of 12 Mt (traders) @2026-01-20',
        '0% of 12 Mt (customs) @2025-12-31',
      ],
      'Latest of 3 stated deadlines, 28 Feb 2026, passed — no figure after 20 Jan 2026',
    ],
    [
      'pledge-soy-25mt-2026',
      'No data',
      ['No figures toward 25 Mt: nothing in the dataset tracks it @2026-06-29'],
      'Latest of 2 stated deadlines: 31 Aug 2027 (approximate), in 272 days — no data after 29 Jun 2026',
    ],
    [
      'rare-earth-controls',
      'Expiry passed — outcome unknown',
      ['6 of 11 controls paused @2026-06-29'],
      '5 were due to end 10 Nov 2026, 1 on 27 Nov 2026 — outcome unknown (no data after 29 Jun 2026)',
    ],
    [
      'us-suspensions',
      'Expiry passed — outcome unknown',
      ['2 of 3 suspensions in place @2026-06-29'],
      '1 was due to end 9 Nov 2026, 1 on 10 Nov 2026 — outcome unknown (no data after 29 Jun 2026)',
    ],
  ])('%s: %s', (id, verdict, figures, deadline) => {
    const card = byId(NOW).get(id)!
    expect(en.t(VERDICT_META[card.verdict].label)).toBe(verdict)
    expect(figureText(NOW, id)).toEqual(figures)
    expect(card.deadline).toBe(deadline)
  })

  it('has one card per commitment, in page order, and nothing else', () => {
    const cards = byId(NOW)
    expect([...cards.keys()]).toEqual([
      'tariffs-us-on-china',
      'tariffs-china-on-us',
      'pledge-soy-12mt',
      'pledge-soy-25mt-2026',
      'rare-earth-controls',
      'us-suspensions',
    ])
  })

  it('links every card to a figure of the default view', () => {
    const cards = byId(NOW)
    const ids = allFigures(dataset(), DEFAULT_FILTERS, NOW).flatMap((s) =>
      s.figures.map((f) => f.id),
    )
    for (const card of cards.values()) expect(ids).toContain(card.figureId)
  })

  it('lists each source’s verdict when the pledge sources disagree', () => {
    expect(byId(NOW).get('pledge-soy-12mt')!.verdictDetail).toBe(
      'Met (traders) · Deadline passed — outcome unknown (USDA, customs)',
    )
  })

  it('draws the US headline rate as observed steps up to the as-of date', () => {
    const visual = byId(NOW).get('tariffs-us-on-china')!.visual
    expect(visual.kind).toBe('sparkline')
    if (visual.kind !== 'sparkline') return
    expect(visual.points.map((p) => p[1])).toEqual([
      0, 10, 20, 104, 145, 30, 20, 10, 10,
    ])
    expect(visual.points.at(-1)![0]).toBe(dataset().meta.asOfMs)
  })
})

describe('computeGlance on the shipped dataset, earlier days', () => {
  it.each<[string, string, string, string]>([
    [
      'before the pauses end',
      '2026-11-01T12:00:00Z',
      'rare-earth-controls',
      'Paused|5 due to end 10 Nov 2026 (in 9 days), 1 on 27 Nov 2026 (in 26 days)',
    ],
    [
      'between the two pause ends',
      '2026-11-15T12:00:00Z',
      'rare-earth-controls',
      'Expiry passed — outcome unknown|5 were due to end 10 Nov 2026 — outcome unknown (no data after 29 Jun 2026); 1 due to end 27 Nov 2026 (in 12 days)',
    ],
    [
      'before Section 122 lapses',
      '2026-07-01T12:00:00Z',
      'tariffs-us-on-china',
      'In force|Section 122 surcharge (collected rate) due to end 24 Jul 2026 (scheduled), in 23 days',
    ],
    [
      'before the 12 Mt deadline, with the data as they are',
      '2026-02-01T12:00:00Z',
      'pledge-soy-12mt',
      'Sources disagree|Latest of 3 stated deadlines: 28 Feb 2026, in 27 days',
    ],
  ])('%s (%s): %s', (_what, now, id, expected) => {
    const card = byId(at(now)).get(id)!
    expect(`${en.t(VERDICT_META[card.verdict].label)}|${card.deadline}`).toBe(
      expected,
    )
  })
})
