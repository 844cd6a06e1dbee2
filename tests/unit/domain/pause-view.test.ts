import { describe, expect, it } from 'vitest'

import { computeCountdown } from '@/domain/pause-text'
import { computePauseFigure } from '@/domain/pause-view'
import { validateDataset } from '@/data/validate-dataset'
import type { TimeWindow } from '@/domain/types'
import { makeDataset } from '../../fixtures/builders'
import { en } from '../../lang'

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const ASOF = d('2026-06-29')
const pause = (end: string | null): TimeWindow => ({
  state: 'paused',
  startMs: d('2025-11-07'),
  endMs: end === null ? null : d(end),
  endStatus: end === null ? 'open' : 'scheduled',
  sourceIds: ['s'],
})

describe(computeCountdown, () => {
  it.each<[string, TimeWindow, string, string | undefined]>([
    [
      'ends in the future',
      pause('2026-11-10'),
      '2026-11-01T15:00:00Z',
      'pause due to end in 9 days',
    ],
    [
      'ends tomorrow',
      pause('2026-11-10'),
      '2026-11-09T23:00:00Z',
      'pause due to end in 1 day',
    ],
    [
      'ends today',
      pause('2026-11-10'),
      '2026-11-10T08:00:00Z',
      'pause due to end today — outcome unknown (no data after 29 Jun 2026)',
    ],
    [
      'ended after the data stopped',
      pause('2026-11-10'),
      '2026-11-29T10:00:00Z',
      'was due to end 10 Nov 2026 — outcome unknown (no data after 29 Jun 2026)',
    ],
    [
      'ended yesterday',
      pause('2026-11-27'),
      '2026-11-28T10:00:00Z',
      'was due to end 27 Nov 2026 — outcome unknown (no data after 29 Jun 2026)',
    ],
    [
      'ended before as-of (observed)',
      { ...pause('2026-02-24'), endStatus: 'observed' },
      '2026-11-29T10:00:00Z',
      'pause ended 24 Feb 2026',
    ],
    [
      'no end',
      pause(null),
      '2026-11-29T10:00:00Z',
      'pause has no announced end',
    ],
    [
      'not a pause',
      { ...pause('2026-11-10'), state: 'in-force' },
      '2026-11-29T10:00:00Z',
      undefined,
    ],
  ])('%s', (_name, window, now, expected) => {
    expect(computeCountdown(window, Date.parse(now), ASOF, en)).toBe(expected)
  })
})

describe(computePauseFigure, () => {
  const dataset = () => validateDataset(makeDataset())

  it('splits a window at the as-of date and clips it to the range', () => {
    const figure = computePauseFigure(
      dataset(),
      'rare-earths',
      {
        range: { fromMs: d('2025-01-01'), toMs: d('2026-12-31') },
        toggledSeries: [],
      },
      d('2026-11-29'),
      en,
    )
    const [inForce, paused] = figure.lanes[0]!.windows
    expect(inForce).toMatchObject({
      state: 'in-force',
      observed: [d('2025-01-01'), d('2025-11-09')],
    })
    expect(inForce!.after).toBeUndefined()
    expect(paused).toMatchObject({
      state: 'paused',
      observed: [d('2025-11-09'), ASOF],
      after: [ASOF, d('2026-11-27')],
      afterKind: 'scheduled',
      countdown:
        'was due to end 27 Nov 2026 — outcome unknown (no data after 29 Jun 2026)',
    })
    expect(figure.title.startsWith('Rare earths')).toBe(true)
    expect(figure.table.rows).toHaveLength(2)
    expect(figure.todayX).toBe(d('2026-11-29'))
  })

  it('draws nothing outside the range and no today line when today is outside it', () => {
    const figure = computePauseFigure(
      dataset(),
      'rare-earths',
      {
        range: { fromMs: d('2025-01-01'), toMs: d('2025-06-30') },
        toggledSeries: [],
      },
      d('2026-11-29'),
      en,
    )
    const [inForce, paused] = figure.lanes[0]!.windows
    expect(inForce!.observed).toEqual([d('2025-01-01'), d('2025-06-30')])
    expect(paused!.observed).toBeUndefined()
    expect(paused!.after).toBeUndefined()
    expect(figure.todayX).toBeUndefined()
    expect(figure.asOfX).toBeUndefined()
  })
})

describe('pause window ids', () => {
  it('name one window in the lanes and the table, whatever the range drops', () => {
    const dataset = validateDataset(makeDataset())
    const figure = computePauseFigure(
      dataset,
      'rare-earths',
      {
        range: { fromMs: d('2025-12-01'), toMs: d('2026-12-31') },
        toggledSeries: [],
      },
      d('2026-11-29'),
      en,
    )
    const paused = figure.lanes[0]!.windows.find((w) => w.state === 'paused')!
    // The in-force window ends before the range: only the pause has a row.
    expect(figure.table.rows.map((r) => r.id)).toEqual([paused.id])
  })
})
