/** Property tests: for any valid dataset, filters and clock, the domain returns finite numbers and never throws. */
import fc from 'fast-check'
import { en } from '../../lang'
import { describe, expect, it } from 'vitest'

import type { RawDataset, RawPoint, RawSeries } from '@/data/schema'
import { validateDataset } from '@/data/validate-dataset'
import { COMMODITIES } from '@/domain/commodities'
import { datasetToTidyCsv } from '@/domain/csv'
import { formatIsoDate } from '@/domain/dates'
import { allFigures } from '../../fixtures/figures'
import { DEFAULT_FILTERS, DIRECTION_FILTERS } from '@/domain/filters'
import { computeProgress } from '@/domain/progress'

const DAY = 86_400_000
const START = Date.UTC(2018, 0, 1)
const ASOF = '2026-06-29'
const ASOF_MS = Date.UTC(2026, 5, 29)
const day = (n: number) => formatIsoDate(START + n * DAY)
const SPAN = 4000 // days: 2018 → 2028

const point = (unit: 'pct' | 'Mt' | 't') =>
  fc.record({
    d: fc.integer({ min: 0, max: SPAN }),
    value: fc.double({ min: 0, max: unit === 'pct' ? 1000 : 100, noNaN: true }),
    suspended: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
  })

function toPoints(
  raw: { d: number; value: number; suspended: number | undefined }[],
): RawPoint[] {
  return [...raw]
    .sort((a, b) => a.d - b.d)
    .map((p) => ({
      date: day(p.d),
      value: p.value,
      status: day(p.d) > ASOF ? ('scheduled' as const) : ('in-force' as const),
      sources: ['s'],
      ...(p.suspended !== undefined && {
        suspendedValue: p.suspended,
        suspendedUntil: day(p.d + 90),
      }),
    }))
}

const seriesArb = fc
  .record({
    kind: fc.constantFrom(
      'tariff-rate',
      'tariff-average',
      'cumulative-volume',
      'period-volume',
    ),
    commodity: fc.constantFrom(...COMMODITIES),
    direction: fc.constantFrom('us-on-china', 'china-on-us'),
    period: fc.constantFrom('instant', 'month', 'year'),
    headline: fc.boolean(),
    pts: fc.array(point('pct'), { minLength: 1, maxLength: 12 }),
  })
  .map((r) => r)

const datasetArb = fc
  .record({
    series: fc.array(seriesArb, { minLength: 0, maxLength: 6 }),
    target: fc.record({
      start: fc.integer({ min: 2500, max: 3200 }),
      spans: fc.array(fc.integer({ min: 0, max: 400 }), {
        minLength: 1,
        maxLength: 3,
      }),
      value: fc.double({ min: 0, max: 50, noNaN: true }),
    }),
    windows: fc.array(
      fc.record({
        start: fc.integer({ min: 0, max: SPAN }),
        length: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
        paused: fc.boolean(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    events: fc.array(fc.integer({ min: 0, max: 3100 }), { maxLength: 8 }),
  })
  .map(({ series, target, windows, events }): RawDataset => {
    const rawSeries: RawSeries[] = series.map((s, i) => ({
      id: `s${i}`,
      commodity: s.kind.startsWith('tariff') ? 'tariffs' : s.commodity,
      kind: s.kind as RawSeries['kind'],
      label: `Series ${i}`,
      unit: s.kind.startsWith('tariff') ? 'pct' : 'Mt',
      period:
        s.kind === 'period-volume'
          ? s.period === 'instant'
            ? 'month'
            : (s.period as 'month' | 'year')
          : 'instant',
      direction: s.direction as 'us-on-china' | 'china-on-us',
      headline: s.headline,
      description: 'generated',
      points: toPoints(
        s.pts.map((p) => ({
          ...p,
          value: s.kind.startsWith('tariff') ? p.value : Math.min(p.value, 100),
        })),
      ),
    }))
    const tracked = rawSeries
      .filter((s) => s.kind === 'cumulative-volume')
      .map((s) => s.id)
    return {
      schemaVersion: 2,
      meta: {
        title: 't',
        version: 'v',
        asOf: ASOF,
        checkedOn: '2026-11-29',
        description: 'd',
        gaps: [],
      },
      sources: [
        {
          id: 's',
          publisher: 'P',
          title: 'T',
          url: 'https://example.org',
          published: null,
          kind: 'original-report',
        },
      ],
      series: rawSeries,
      targets: [
        {
          id: 't',
          commodity: 'soybeans',
          label: 'Target',
          unit: 'Mt',
          value: target.value,
          start: day(target.start),
          deadlines: target.spans.map((s, i) => ({
            id: `d${i}`,
            date: day(target.start + s),
            label: `D${i}`,
            sources: ['s'],
          })),
          claimant: 'us',
          confirmed: false,
          trackedBy: tracked,
          sources: ['s'],
        },
      ],
      measures: [
        {
          id: 'm',
          commodity: 'rare-earths',
          side: 'china',
          label: 'Measure',
          reference: 'No. 1',
          items: ['x'],
          announced: day(0),
          windows: windows.map((w) => {
            const end = w.length === null ? null : day(w.start + w.length)
            return {
              state:
                day(w.start) > ASOF
                  ? ('scheduled' as const)
                  : w.paused
                    ? ('paused' as const)
                    : ('in-force' as const),
              start: day(w.start),
              end,
              endStatus:
                end === null
                  ? ('open' as const)
                  : end > ASOF
                    ? ('scheduled' as const)
                    : ('observed' as const),
              sources: ['s'],
            }
          }),
          sources: ['s'],
        },
      ],
      events: events.map((e, i) => ({
        id: `e${i}`,
        date: day(e),
        kind: 'call',
        label: `E${i}`,
        description: 'e',
        commodities: ['tariffs', 'soybeans'],
        sources: ['s'],
      })),
    }
  })

const rangeArb = fc
  .tuple(fc.integer({ min: 0, max: SPAN }), fc.integer({ min: 1, max: 3000 }))
  .map(([from, len]) => ({
    fromMs: START + from * DAY,
    toMs: START + Math.min(from + len, 4380) * DAY,
  }))

/** Paths of every non-finite number anywhere in a value, recursively. */
function nonFinite(value: unknown, path = '', out: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`)
  } else if (Array.isArray(value))
    value.forEach((v, i) => nonFinite(v, `${path}[${i}]`, out))
  else if (value !== null && typeof value === 'object')
    Object.entries(value).forEach(([k, v]) => nonFinite(v, `${path}.${k}`, out))
  return out
}

describe('domain properties', () => {
  it('every figure has only finite numbers for any valid dataset, filters and clock', () => {
    fc.assert(
      fc.property(
        datasetArb,
        rangeArb,
        fc.integer({ min: START, max: START + SPAN * DAY }),
        fc.constantFrom(...DIRECTION_FILTERS),
        fc.boolean(),
        (raw, range, now, direction, showAverages) => {
          const dataset = validateDataset(raw)
          const groups = allFigures(
            dataset,
            { ...DEFAULT_FILTERS, range, direction, showAverages },
            now,
          )
          expect(nonFinite(groups)).toEqual([])
          datasetToTidyCsv(dataset, en)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('computeProgress never returns NaN or Infinity', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.integer({ min: START, max: START + SPAN * DAY }),
        (raw, asOf) => {
          const dataset = validateDataset(raw)
          const target = dataset.targets[0]!
          for (const s of dataset.series) {
            const p = computeProgress(target, s, asOf)
            expect(nonFinite(p)).toEqual([])
          }
        },
      ),
      { numRuns: 150 },
    )
  })

  it('the as-of line is never after the range end', () => {
    fc.assert(
      fc.property(datasetArb, rangeArb, (raw, range) => {
        const groups = allFigures(
          validateDataset(raw),
          { ...DEFAULT_FILTERS, range },
          ASOF_MS,
        )
        for (const f of groups.flatMap((g) => g.figures))
          if ('chart' in f && f.chart.asOfX !== undefined)
            expect(f.chart.asOfX).toBeLessThanOrEqual(range.toMs)
      }),
      { numRuns: 80 },
    )
  })
})
