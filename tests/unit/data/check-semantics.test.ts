/** The rules the schema cannot express, each at its boundary: the last value that passes and the first that fails. */
import { describe, expect, it } from 'vitest'

import { checkSemantics } from '@/data/check-semantics'
import type { RawDataset, RawPoint } from '@/data/schema'
import {
  makeDataset,
  makeEvent,
  makeMeasure,
  makePoint,
  makeSeries,
  makeSoySeries,
  makeSource,
  makeTarget,
} from '../../fixtures/builders'

/** `path: message` of each problem, in the order found. */
const problemsOf = (data: RawDataset) =>
  checkSemantics(data).map((p) => `${p.path}: ${p.message}`)

/** The fixture dataset (as of 2026-06-29) with one tariff series of the given points. */
function withPoints(...points: RawPoint[]): RawDataset {
  return makeDataset({ series: [makeSeries({ points }), makeSoySeries()] })
}

describe('checkSemantics', () => {
  it('finds nothing wrong in the fixture dataset', () => {
    expect(problemsOf(makeDataset())).toEqual([])
  })

  describe('values: believable bounds per unit, never negative', () => {
    it.each<[string, Partial<RawPoint>, string[]]>([
      ['1000% is the largest believable rate', { value: 1000 }, []],
      [
        '1001% is not believable',
        { value: 1001 },
        ['series[0].points[0].value: 1001 pct is not believable (max 1000)'],
      ],
      ['0% is a rate', { value: 0 }, []],
      [
        'a negative rate',
        { value: -1 },
        ['series[0].points[0].value: negative value -1 pct'],
      ],
      [
        'a low bound out of range',
        { value: 10, low: -0.5 },
        ['series[0].points[0].value: negative value -0.5 pct'],
      ],
      [
        'a high bound out of range',
        { value: 10, high: 1500 },
        ['series[0].points[0].value: 1500 pct is not believable (max 1000)'],
      ],
      [
        'a suspended value out of range',
        { value: 10, suspendedValue: 2000, suspendedUntil: '2025-12-01' },
        ['series[0].points[0].value: 2000 pct is not believable (max 1000)'],
      ],
      [
        'the value is reported before its bounds',
        { value: 1200, high: 1300 },
        ['series[0].points[0].value: 1200 pct is not believable (max 1000)'],
      ],
      ['low equal to high', { value: 10, low: 10, high: 10 }, []],
      [
        'low above high',
        { value: 10, low: 12, high: 11 },
        ['series[0].points[0].low: low (12) is above high (11)'],
      ],
    ])('%s', (_, point, problems) => {
      expect(
        problemsOf(withPoints(makePoint({ date: '2025-02-04', ...point }))),
      ).toEqual(problems)
    })

    it.each([
      ['Mt', 1000, 1000.5],
      ['t', 10_000_000, 10_000_001],
      ['usd-bn', 10_000, 10_001],
    ] as const)('%s: %d is believable, %d is not', (unit, ok, bad) => {
      const series = (value: number) =>
        makeDataset({
          series: [
            makeSoySeries({
              unit,
              points: [
                makePoint({ date: '2025-11-14', value, status: 'observed' }),
              ],
            }),
          ],
        })
      expect(problemsOf(series(ok))).toEqual([])
      expect(problemsOf(series(bad))).toEqual([
        `series[0].points[0].value: ${bad} ${unit} is not believable (max ${ok})`,
      ])
    })

    it.each([
      [1000, []],
      [1000.5, ['targets[0].value: 1000.5 Mt is not believable']],
    ])('a %d Mt target', (value, problems) => {
      expect(
        problemsOf(makeDataset({ targets: [makeTarget({ value })] })),
      ).toEqual(problems)
    })
  })

  describe('dates: in order, nothing observed after the as-of date', () => {
    it.each<[string, RawPoint[], string[]]>([
      [
        'two points on one date',
        [makePoint({ date: '2025-03-04' }), makePoint({ date: '2025-03-04' })],
        [],
      ],
      [
        'a point before the previous one',
        [makePoint({ date: '2025-03-04' }), makePoint({ date: '2025-03-03' })],
        [
          'series[0].points[1].date: 2025-03-03 is before the previous point (2025-03-04); points must be in date order',
        ],
      ],
      ['in force on the as-of date', [makePoint({ date: '2026-06-29' })], []],
      [
        'in force the day after as-of',
        [makePoint({ date: '2026-06-30' })],
        [
          'series[0].points[0].status: dated 2026-06-30, after meta.asOf (2026-06-29): must be "scheduled", not "in-force"',
        ],
      ],
      [
        'scheduled after as-of',
        [makePoint({ date: '2026-06-30', status: 'scheduled' })],
        [],
      ],
      [
        'suspended until its own date',
        [
          makePoint({
            date: '2025-05-14',
            suspendedValue: 24,
            suspendedUntil: '2025-05-14',
          }),
        ],
        [],
      ],
      [
        'suspended until before its date',
        [
          makePoint({
            date: '2025-05-14',
            suspendedValue: 24,
            suspendedUntil: '2025-05-13',
          }),
        ],
        [
          "series[0].points[0].suspendedUntil: is before the point's date (2025-05-14)",
        ],
      ],
    ])('%s', (_, points, problems) => {
      expect(problemsOf(withPoints(...points))).toEqual(problems)
    })

    it.each([
      ['2026-06-29', []],
      ['2026-07-01', []],
      ['2026-06-28', ['meta.checkedOn: is before meta.asOf (2026-06-29)']],
    ])('checked on %s', (checkedOn, problems) => {
      const data = makeDataset()
      expect(
        problemsOf({ ...data, meta: { ...data.meta, checkedOn } }),
      ).toEqual(problems)
    })
  })

  describe('measure windows', () => {
    type RawWindow = ReturnType<typeof makeMeasure>['windows'][number]
    const window = (w: Partial<RawWindow>): RawWindow => ({
      state: 'in-force',
      start: '2025-01-01',
      end: '2025-06-01',
      endStatus: 'observed',
      sources: ['str-2025-11'],
      ...w,
    })
    it.each<[string, Partial<RawWindow>, string[]]>([
      ['ends the day it starts', { end: '2025-01-01' }, []],
      [
        'ends before it starts',
        { end: '2024-12-31' },
        [
          'measures[0].windows[0].end: window ends (2024-12-31) before it starts (2025-01-01)',
        ],
      ],
      ['open: no end', { end: null, endStatus: 'open' }, []],
      [
        'no end but not open',
        { end: null, endStatus: 'observed' },
        [
          'measures[0].windows[0].endStatus: a window without an end must be "open"',
        ],
      ],
      [
        'an end but open',
        { endStatus: 'open' },
        [
          'measures[0].windows[0].endStatus: window has an end (2025-06-01) but is marked "open"',
        ],
      ],
      ['observed end on the as-of date', { end: '2026-06-29' }, []],
      [
        'observed end after as-of',
        { end: '2026-06-30' },
        [
          'measures[0].windows[0].endStatus: ends 2026-06-30, after meta.asOf (2026-06-29): must be "scheduled", not "observed"',
        ],
      ],
      [
        'scheduled end after as-of',
        { end: '2026-11-10', endStatus: 'scheduled' },
        [],
      ],
      [
        'in force from the as-of date',
        { start: '2026-06-29', end: null, endStatus: 'open' },
        [],
      ],
      [
        'in force from after as-of',
        { start: '2026-06-30', end: null, endStatus: 'open' },
        [
          'measures[0].windows[0].state: starts 2026-06-30, after meta.asOf (2026-06-29): must be "scheduled"',
        ],
      ],
      [
        'announced to start after as-of',
        {
          state: 'scheduled',
          start: '2026-06-30',
          end: null,
          endStatus: 'open',
        },
        [],
      ],
    ])('%s', (_, w, problems) => {
      expect(
        problemsOf(
          makeDataset({ measures: [makeMeasure({ windows: [window(w)] })] }),
        ),
      ).toEqual(problems)
    })
  })

  describe('targets and events', () => {
    it.each([
      ['2025-10-30', []],
      [
        '2025-10-29',
        [
          "targets[0].deadlines[0].date: deadline 2025-10-29 is before the target's start 2025-10-30",
        ],
      ],
    ])(
      'a deadline on %s for a target starting 2025-10-30',
      (date, problems) => {
        const target = makeTarget()
        const deadlines = [{ ...target.deadlines[0]!, date }]
        expect(
          problemsOf(makeDataset({ targets: [{ ...target, deadlines }] })),
        ).toEqual(problems)
      },
    )

    it.each<[string, Partial<ReturnType<typeof makeEvent>>, string[]]>([
      ['ends the day it starts', { endDate: '2025-10-30' }, []],
      [
        'ends before it starts',
        { endDate: '2025-10-29' },
        ['events[0].endDate: ends (2025-10-29) before it starts (2025-10-30)'],
      ],
      ['on the as-of date, not scheduled', { date: '2026-06-29' }, []],
      [
        'after as-of, not scheduled',
        { date: '2026-07-01' },
        [
          'events[0].scheduled: dated 2026-07-01, after meta.asOf (2026-06-29): must be scheduled',
        ],
      ],
      ['after as-of, scheduled', { date: '2026-07-01', scheduled: true }, []],
      [
        'after as-of, explicitly not scheduled',
        { date: '2026-07-01', scheduled: false },
        [
          'events[0].scheduled: dated 2026-07-01, after meta.asOf (2026-06-29): must be scheduled',
        ],
      ],
    ])('an event %s', (_, event, problems) => {
      expect(problemsOf(makeDataset({ events: [makeEvent(event)] }))).toEqual(
        problems,
      )
    })
  })

  describe('ids: unique per kind, every reference known', () => {
    it('names each duplicate and where the first one is', () => {
      const data = makeDataset({
        sources: [makeSource(), makeSource({ publisher: 'Other' })],
        measures: [
          makeMeasure(),
          makeMeasure(),
          makeMeasure({ id: 'x' }),
          makeMeasure(),
        ],
        events: [makeEvent(), makeEvent()],
      })
      const target = makeTarget()
      data.targets = [target, target]
      data.targets[1] = {
        ...target,
        deadlines: [target.deadlines[0]!, target.deadlines[0]!],
      }
      expect(problemsOf(data)).toEqual([
        'sources[1].id: duplicate source id "str-2025-11" (first at sources[0])',
        'targets[1].id: duplicate target id "soy-12mt" (first at targets[0])',
        'measures[1].id: duplicate measure id "mofcom-2024-46-us-ban" (first at measures[0])',
        'measures[3].id: duplicate measure id "mofcom-2024-46-us-ban" (first at measures[0])',
        'events[1].id: duplicate event id "busan-summit" (first at events[0])',
        'targets[1].deadlines[1].id: duplicate deadline id "end-2025" (first at targets[1].deadlines[0])',
      ])
    })

    it('finds a duplicate series id', () => {
      expect(
        problemsOf(
          makeDataset({
            series: [makeSeries(), makeSeries(), makeSoySeries()],
          }),
        ),
      ).toEqual([
        'series[1].id: duplicate series id "us-ieepa-fentanyl" (first at series[0])',
      ])
    })

    it('finds unknown sources on targets, deadlines, measures, windows and events', () => {
      const target = makeTarget({ sources: ['str-2025-11', 'ghost'] })
      const data = makeDataset({
        targets: [
          {
            ...target,
            deadlines: [{ ...target.deadlines[0]!, sources: ['ghost'] }],
          },
        ],
        measures: [
          makeMeasure({
            sources: ['ghost'],
            windows: [
              {
                ...makeMeasure().windows[0]!,
                sources: ['str-2025-11', 'ghost'],
              },
            ],
          }),
        ],
        events: [makeEvent({ sources: ['ghost'] })],
      })
      expect(problemsOf(data)).toEqual([
        'targets[0].sources[1]: unknown source id "ghost"',
        'targets[0].deadlines[0].sources[0]: unknown source id "ghost"',
        'measures[0].sources[0]: unknown source id "ghost"',
        'measures[0].windows[0].sources[1]: unknown source id "ghost"',
        'events[0].sources[0]: unknown source id "ghost"',
      ])
    })

    it('keeps the path of each problem as segments, to drop just that record', () => {
      const [problem] = checkSemantics(
        makeDataset({ events: [makeEvent({ sources: ['ghost'] })] }),
      )
      expect(problem?.segments).toEqual(['events', 0, 'sources', 0])
    })
  })
})
