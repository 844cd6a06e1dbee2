import { describe, expect, it } from 'vitest'

import { validateDataset } from '@/data/validate-dataset'
import {
  formatDateAt,
  formatIsoAt,
  formatSpanAt,
} from '@/domain/date-precision'
import { valueTableRows } from '@/domain/figure-table'
import { computeMarkers } from '@/domain/chart-markers'
import { toPointInfo } from '@/domain/point-info'
import {
  makeDataset,
  makeEvent,
  makePoint,
  makeSeries,
} from '../../fixtures/builders'
import { en, zh } from '../../lang'

const ms = (d: string) => Date.parse(`${d}T00:00:00Z`)
const ALL = { fromMs: ms('2025-01-01'), toMs: ms('2027-12-31') }

describe('dates by precision', () => {
  it.each([
    ['2026-08-01', 'day', '2026-08-01', '2026-08-01', '2026-08-01'],
    ['2026-08-01', 'month', 'Aug 2026', '2026年8月', '2026-08'],
    ['2025-01-01', 'year', '2025', '2025年', '2025'],
  ] as const)(
    '%s (%s) → %s · %s / %s',
    (date, precision, reader, zhReader, iso) => {
      expect(formatDateAt(ms(date), precision, en)).toBe(reader)
      expect(formatDateAt(ms(date), precision, zh)).toBe(zhReader)
      expect(formatIsoAt(ms(date), precision)).toBe(iso)
    },
  )

  it.each([
    ['2026-08-01', '2026-09-01', 'month', 'Aug–Sept 2026', '2026年8月至9月'],
    [
      '2026-12-01',
      '2027-01-01',
      'month',
      'Dec 2026–Jan 2027',
      '2026年12月至2027年1月',
    ],
    ['2026-11-01', undefined, 'month', 'Nov 2026', '2026年11月'],
    ['2026-11-01', '2026-11-30', 'month', 'Nov 2026', '2026年11月'],
    [
      '2025-05-10',
      '2025-05-11',
      'day',
      '2025-05-10 to 2025-05-11',
      '2025-05-10至2025-05-11',
    ],
  ] as const)(
    'span %s–%s (%s) → %s · %s',
    (from, to, precision, english, chinese) => {
      const end = to === undefined ? undefined : ms(to)
      expect(formatSpanAt(ms(from), end, precision, en)).toBe(english)
      expect(formatSpanAt(ms(from), end, precision, zh)).toBe(chinese)
    },
  )
})

describe('month-precise records in charts and tables', () => {
  const fixture = () =>
    validateDataset(
      makeDataset({
        series: [
          makeSeries({
            points: [
              makePoint({ date: '2025-02-04', value: 10 }),
              makePoint({
                date: '2025-11-01',
                datePrecision: 'month',
                value: 20,
              }),
            ],
          }),
        ],
        targets: [],
        events: [
          makeEvent(),
          makeEvent({
            id: 'xi-visit',
            date: '2026-08-01',
            endDate: '2026-09-01',
            datePrecision: 'month',
            label: 'Xi US visit (invited)',
            scheduled: true,
          }),
        ],
      }),
    )

  it('labels a month-precise event by its months, never a fake day', () => {
    const dataset = fixture()
    const markers = computeMarkers(
      dataset,
      'tariffs',
      ALL,
      ms('2026-12-02'),
      en,
    )
    expect(markers.map((m) => [m.date, m.dateTime, m.status])).toEqual([
      ['2025-10-30', '2025-10-30', undefined],
      [
        'Aug–Sept 2026',
        '2026-08',
        'scheduled; outcome unknown (no data after 29 Jun 2026)',
      ],
    ])
  })

  it('shows a month-precise value as its month in the tooltip and the table', () => {
    const dataset = fixture()
    const series = dataset.series[0]!
    expect(toPointInfo(dataset, 'x', 'pct', series.points[1]!, en).date).toBe(
      'Nov 2025',
    )
    expect(toPointInfo(dataset, 'x', 'pct', series.points[0]!, en).date).toBe(
      '2025-02-04',
    )
    expect(
      valueTableRows(dataset, [series], ALL, en).map((r) => r.cells.date),
    ).toEqual(['2025-02-04', '2025-11'])
  })
})
