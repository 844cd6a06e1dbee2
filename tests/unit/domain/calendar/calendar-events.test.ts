import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { validateDataset } from '@/data/validate-dataset'
import { calendarEvents, spanEnd } from '@/domain/calendar/calendar-events'
import { deadlinesCalendar } from '@/domain/calendar/deadlines-calendar'
import {
  makeDataset,
  makeEvent,
  makePoint,
  makeSeries,
  makeSoySeries,
  makeSource,
} from '../../../fixtures/builders'

const dataset = () =>
  validateDataset(
    makeDataset({
      sources: [makeSource({ id: 'no-link', url: 'not a url' }), makeSource()],
      series: [
        makeSeries({
          id: 's122',
          label: 'Section 122 surcharge',
          points: [
            makePoint({
              date: '2026-02-24',
              value: 10,
              sources: ['str-2025-11'],
            }),
            makePoint({
              date: '2026-07-24',
              value: 0,
              status: 'scheduled',
              sources: ['no-link', 'str-2025-11'],
              note: 'Statutory end; 150 days, unless Congress extends it',
            }),
            makePoint({
              date: '2026-09-01',
              datePrecision: 'month',
              value: 5,
              status: 'scheduled',
            }),
          ],
        }),
        makeSoySeries(),
      ],
      events: [
        makeEvent(),
        makeEvent({
          id: 'geneva-talks',
          date: '2025-05-10',
          endDate: '2025-05-11',
          label: 'Geneva talks',
          commodities: ['tariffs'],
        }),
      ],
    }),
  )

const byUid = (commodities?: Parameters<typeof calendarEvents>[1]) =>
  new Map(calendarEvents(dataset(), commodities).map((e) => [e.uid, e]))

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)

describe(calendarEvents, () => {
  it.each<[string, string, string, string, string]>([
    // uid, first day, day after the last, summary, status
    [
      'deadline-end-2025@truce-tracker',
      '2025-12-31',
      '2026-01-01',
      'Deadline: 12 Mt initial soybean purchases — End of 2025 (White House)',
      'CONFIRMED',
    ],
    [
      'deadline-end-feb-2026@truce-tracker',
      '2026-02-28',
      '2026-03-01',
      'Deadline: 12 Mt initial soybean purchases — End of February 2026',
      'CONFIRMED',
    ],
    [
      'window-mofcom-2024-46-us-ban-in-force-2024-12-03-start@truce-tracker',
      '2024-12-03',
      '2024-12-04',
      'Ban on gallium, germanium, antimony exports to the US: in force',
      'CONFIRMED',
    ],
    [
      'window-mofcom-2024-46-us-ban-paused-2025-11-09-start@truce-tracker',
      '2025-11-09',
      '2025-11-10',
      'Ban on gallium, germanium, antimony exports to the US: paused',
      'CONFIRMED',
    ],
    [
      'window-mofcom-2024-46-us-ban-paused-2025-11-09-end@truce-tracker',
      '2026-11-27',
      '2026-11-28',
      'Ban on gallium, germanium, antimony exports to the US: paused ends',
      'TENTATIVE',
    ],
    [
      'scheduled-s122-2026-07-24@truce-tracker',
      '2026-07-24',
      '2026-07-25',
      'Scheduled: Section 122 surcharge → 0%',
      'TENTATIVE',
    ],
    [
      'scheduled-s122-2026-09-01@truce-tracker',
      '2026-09-01',
      '2026-10-01',
      'Scheduled: Section 122 surcharge → 5%',
      'TENTATIVE',
    ],
    [
      'event-busan-summit@truce-tracker',
      '2025-10-30',
      '2025-10-31',
      'Busan summit',
      'CONFIRMED',
    ],
    [
      'event-geneva-talks@truce-tracker',
      '2025-05-10',
      '2025-05-12',
      'Geneva talks',
      'CONFIRMED',
    ],
  ])('%s', (uid, start, end, summary, status) => {
    const event = byUid().get(uid)
    expect(event).toBeDefined()
    expect(iso(event!.startMs)).toBe(start)
    expect(iso(event!.endMs)).toBe(end)
    expect(event!.summary).toBe(summary)
    expect(event!.status).toBe(status)
  })

  it('lists nothing else: an end on the day the next window starts is that start', () => {
    expect(byUid().size).toBe(9)
    expect(
      byUid().has(
        'window-mofcom-2024-46-us-ban-in-force-2024-12-03-end@truce-tracker',
      ),
    ).toBe(false)
  })

  it('says what is scheduled and where the data stop', () => {
    const end = byUid().get(
      'window-mofcom-2024-46-us-ban-paused-2025-11-09-end@truce-tracker',
    )!
    expect(end.description).toContain(
      'Scheduled end, not observed: what happens on 27 Nov 2026 is unknown.',
    )
    expect(end.description).toContain('The data stop at 29 Jun 2026')
    const month = byUid().get('scheduled-s122-2026-09-01@truce-tracker')!
    expect(month.description).toContain('(month only)')
    const deadline = byUid().get('deadline-end-2025@truce-tracker')!
    expect(deadline.description).toContain(
      'Target: 12 Mt (not confirmed by the other side).',
    )
  })

  it('links the first http(s) source, skipping one that is not a URL', () => {
    expect(byUid().get('scheduled-s122-2026-07-24@truce-tracker')!.url).toBe(
      makeSource().url,
    )
  })

  it.each<[string, Parameters<typeof calendarEvents>[1], number]>([
    ['soybeans: its deadlines and the all-commodity summit', ['soybeans'], 3],
    ['rare earths: windows and the summit', ['rare-earths'], 4],
    ['tariffs: scheduled changes and both events', ['tariffs'], 4],
    ['none', [], 0],
  ])('filters by commodity — %s', (_name, commodities, count) => {
    expect(calendarEvents(dataset(), commodities)).toHaveLength(count)
  })

  it('is sorted by date and gives the same text twice', () => {
    const once = dataset()
    const starts = calendarEvents(once).map((e) => e.startMs)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(deadlinesCalendar(once)).toBe(deadlinesCalendar(once))
  })
})

describe(spanEnd, () => {
  it.each<[string, 'day' | 'month' | 'year', string]>([
    ['2026-07-24', 'day', '2026-07-25'],
    ['2026-12-01', 'month', '2027-01-01'],
    ['2026-02-01', 'month', '2026-03-01'],
    ['2026-01-01', 'year', '2027-01-01'],
  ])('%s (%s) → %s', (start, precision, end) => {
    expect(iso(spanEnd(Date.parse(start), precision))).toBe(end)
  })
})

describe(deadlinesCalendar, () => {
  it('parses with ical.js: one VEVENT per calendar event, same UIDs', () => {
    const fixture = dataset()
    const parsed = new ICAL.Component(ICAL.parse(deadlinesCalendar(fixture)))
    const uids = parsed
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c).uid)
    expect(uids).toEqual(calendarEvents(fixture).map((e) => e.uid))
  })
})
