import { en } from '../../lang'
import { describe, expect, it } from 'vitest'

import { validateDataset } from '@/data/validate-dataset'
import { computeMarkers } from '@/domain/chart-markers'
import { makeDataset, makeEvent } from '../../fixtures/builders'

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const dataset = () =>
  validateDataset(
    makeDataset({
      events: [
        makeEvent(),
        makeEvent({
          id: 'kuala-lumpur-talks',
          date: '2025-10-26',
          kind: 'talks',
          label: 'Kuala Lumpur talks',
          commodities: ['soybeans'],
        }),
        makeEvent({
          id: 'truce-end',
          date: '2026-11-10',
          kind: 'announcement',
          label: 'Truce scheduled to end',
          commodities: ['tariffs', 'rare-earths'],
          scheduled: true,
        }),
      ],
    }),
  )
const ALL = { fromMs: d('2025-01-01'), toMs: d('2026-12-31') }
/** Today, injected: after the scheduled 2026-11-10 event, so its outcome is unknown. */
const NOW = d('2026-12-02')

describe(computeMarkers, () => {
  it.each([
    ['tariffs', ALL, ['busan-summit', 'truce-end']],
    ['soybeans', ALL, ['kuala-lumpur-talks', 'busan-summit']],
    // Range ends are inclusive.
    [
      'tariffs',
      { fromMs: d('2025-10-30'), toMs: d('2026-11-10') },
      ['busan-summit', 'truce-end'],
    ],
    ['tariffs', { fromMs: d('2025-10-31'), toMs: d('2026-11-09') }, []],
  ] as const)('%s in %j → %j', (commodity, range, ids) => {
    expect(
      computeMarkers(dataset(), commodity, range, NOW, en).map((m) => m.id),
    ).toEqual(ids)
  })

  it('numbers the shown markers from 1 and carries date, text and scheduling', () => {
    expect(
      computeMarkers(
        dataset(),
        'tariffs',
        {
          fromMs: d('2026-01-01'),
          toMs: ALL.toMs,
        },
        NOW,
        en,
      ),
    ).toEqual([
      {
        n: 1,
        id: 'truce-end',
        x: d('2026-11-10'),
        date: '2026-11-10',
        dateTime: '2026-11-10',
        label: 'Truce scheduled to end',
        description:
          'Trump–Xi summit at Gimhae airport, Busan: one-year truce.',
        scheduled: true,
        status: expect.stringMatching(/^scheduled; outcome unknown/),
      },
    ])
    expect(
      computeMarkers(dataset(), 'soybeans', ALL, NOW, en).map((m) => [
        m.n,
        m.scheduled,
      ]),
    ).toEqual([
      [1, false],
      [2, false],
    ])
  })
})
