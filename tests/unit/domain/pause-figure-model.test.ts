/**
 * The swimlane model of a pause figure, field by field, on two measures: the
 * fixture's Chinese export ban (in force, then paused until a scheduled end
 * after the as-of date) and a US measure announced later, in force with no
 * announced end. China's lanes come first, then the US side's.
 */
import { describe, expect, it } from 'vitest'

import { validateDataset } from '@/data/validate-dataset'
import { computePauseFigure } from '@/domain/pause-view'
import { makeDataset, makeMeasure } from '../../fixtures/builders'
import { en } from '../../lang'

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const RANGE = { fromMs: d('2025-01-01'), toMs: d('2026-12-31') }
const NOW = d('2026-11-29')

const usRule = makeMeasure({
  id: 'us-affiliates-rule',
  side: 'us',
  label: 'Affiliates rule',
  reference: 'BIS 50% rule',
  items: ['entity list affiliates'],
  announced: '2025-09-29',
  windows: [
    {
      state: 'in-force',
      start: '2025-09-29',
      end: null,
      endStatus: 'open',
      sources: ['str-2025-11'],
    },
  ],
})

function figure(toggledSeries: string[] = [], range = RANGE) {
  const dataset = validateDataset(
    // The US measure first in the file: the figure still puts China's first.
    makeDataset({ measures: [usRule, makeMeasure()] }),
  )
  return computePauseFigure(
    dataset,
    'rare-earths',
    { range, toggledSeries },
    NOW,
    en,
  )
}

describe('pause figure model', () => {
  it('has one lane per measure, China’s first, each window split at the as-of date', () => {
    expect(figure().lanes).toEqual([
      {
        id: 'mofcom-2024-46-us-ban',
        label: 'Ban on gallium, germanium, antimony exports to the US',
        reference: 'MOFCOM Announcement 2024 No. 46, clause 2',
        items: 'gallium, germanium, antimony, superhard materials',
        side: 'china',
        windows: [
          {
            id: 'mofcom-2024-46-us-ban-0',
            state: 'in-force',
            observed: [d('2025-01-01'), d('2025-11-09')],
            description: 'In force 3 Dec 2024 – 9 Nov 2025',
          },
          {
            id: 'mofcom-2024-46-us-ban-1',
            state: 'paused',
            observed: [d('2025-11-09'), d('2026-06-29')],
            after: [d('2026-06-29'), d('2026-11-27')],
            afterKind: 'scheduled',
            description:
              'Paused 9 Nov 2025 – 27 Nov 2026 (scheduled end, not observed)',
            countdown:
              'was due to end 27 Nov 2026 — outcome unknown (no data after 29 Jun 2026)',
          },
        ],
      },
      {
        id: 'us-affiliates-rule',
        label: 'Affiliates rule',
        reference: 'BIS 50% rule',
        items: 'entity list affiliates',
        side: 'us',
        windows: [
          expect.objectContaining({
            id: 'us-affiliates-rule-0',
            state: 'in-force',
            observed: [d('2025-09-29'), d('2026-06-29')],
            after: [d('2026-06-29'), d('2026-12-31')],
            afterKind: 'unknown',
          }),
        ],
      },
    ])
  })

  it('offers every measure as an option, named with its side, hidden ones unticked', () => {
    expect(figure(['us-affiliates-rule']).seriesOptions).toEqual([
      {
        id: 'mofcom-2024-46-us-ban',
        label: 'Ban on gallium, germanium, antimony exports to the US (China)',
        visible: true,
      },
      {
        id: 'us-affiliates-rule',
        label: 'Affiliates rule (US)',
        visible: false,
      },
    ])
  })

  it('a hidden measure has no lane, no table rows and no sources', () => {
    const f = figure(['mofcom-2024-46-us-ban'])
    expect(f.lanes.map((l) => l.id)).toEqual(['us-affiliates-rule'])
    expect(f.table.rows.map((r) => r.id)).toEqual(['us-affiliates-rule-0'])
    expect(f.sourceIds).toEqual(['str-2025-11'])
  })

  it('spans the range, with the as-of and today lines inside it, and the summit marked', () => {
    const f = figure()
    expect(f).toMatchObject({
      kind: 'pauses',
      id: 'rare-earths-pauses',
      commodity: 'rare-earths',
      title: 'Rare earths: export controls and their pauses',
      subtitle:
        '2025-01-01 to 2026-12-31 · solid = observed, hatched = scheduled after the as-of date',
      xDomain: [RANGE.fromMs, RANGE.toMs],
      asOfX: d('2026-06-29'),
      todayX: NOW,
      notes: [],
    })
    expect(f.markers.map((m) => m.id)).toEqual(['busan-summit'])
    expect(f.sourceIds).toEqual(['str-2025-11'])
  })

  it('ending before the as-of date, a range has neither reference line', () => {
    const f = figure([], { fromMs: d('2025-01-01'), toMs: d('2025-12-31') })
    expect(f.asOfX).toBeUndefined()
    expect(f.todayX).toBeUndefined()
    expect(f.subtitle.startsWith('2025-01-01 to 2025-12-31')).toBe(true)
  })
})
