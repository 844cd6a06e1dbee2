import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import type { RawDataset } from '@/data/schema'
import { toDataset } from '@/data/to-domain'

/**
 * An independent oracle for toDataset: generic rules (rename date fields to
 * epoch ms, `sources` to `sourceIds`, fill the documented defaults, sort the
 * dated lists) applied to every field of every record, instead of the
 * field-by-field code under test. toStrictEqual also fails on a key present
 * with an undefined value, so an optional field must be absent, not empty.
 */
type Json = Record<string, unknown>

const DATE_KEYS: Record<string, string> = {
  date: 'dateMs',
  start: 'startMs',
  end: 'endMs',
  announced: 'announcedMs',
  published: 'publishedMs',
  suspendedUntil: 'suspendedUntilMs',
  endDate: 'endDateMs',
  asOf: 'asOfMs',
  checkedOn: 'checkedOnMs',
}
const DEFAULTS: Record<string, Json> = {
  point: { datePrecision: 'day', approx: false },
  series: { defaultVisible: true, headline: false },
  deadline: { approx: false },
  event: { datePrecision: 'day', scheduled: false },
  source: { publishedPrecision: 'day' },
}
const NESTED: Record<string, string> = {
  points: 'point',
  deadlines: 'deadline',
  windows: 'window',
}
const SORT_BY: Record<string, string> = {
  deadline: 'dateMs',
  window: 'startMs',
}

const epochMs = (v: unknown) => (v === null ? null : Date.parse(String(v)))
const byKey = (key: string) => (a: Json, b: Json) =>
  (a[key] as number) - (b[key] as number)

function convert(record: Json, kind: string): Json {
  const out: Json = { ...DEFAULTS[kind] }
  for (const [k, v] of Object.entries(record)) {
    if (k in DATE_KEYS) out[DATE_KEYS[k]!] = epochMs(v)
    else if (k === 'sources') out.sourceIds = v
    else if (k in NESTED) {
      const child = NESTED[k]!
      const list = (v as Json[]).map((r) => convert(r, child))
      out[k] = SORT_BY[child] ? list.sort(byKey(SORT_BY[child])) : list
    } else out[k] = v
  }
  return out
}

function expected(raw: Json): Json {
  return {
    schemaVersion: raw.schemaVersion,
    meta: convert(raw.meta as Json, 'meta'),
    sources: Object.fromEntries(
      (raw.sources as Json[]).map((s) => [s.id, convert(s, 'source')]),
    ),
    series: (raw.series as Json[]).map((s) => convert(s, 'series')),
    targets: (raw.targets as Json[]).map((t) => convert(t, 'target')),
    measures: (raw.measures as Json[]).map((m) => convert(m, 'measure')),
    events: (raw.events as Json[])
      .map((e) => convert(e, 'event'))
      .sort(byKey('dateMs')),
    dropped: [],
  }
}

const shipped = JSON.parse(
  readFileSync('data/commitments.json', 'utf8'),
) as Json

/** Every optional field present, defaults overridden, lists out of order. */
const full: Json = {
  schemaVersion: 2,
  meta: {
    title: 'T',
    version: '9',
    asOf: '2026-06-29',
    checkedOn: '2026-07-01',
    description: 'D',
    gaps: ['g'],
    zh: { title: '题' },
  },
  sources: [
    {
      id: 's1',
      publisher: 'P',
      title: 'Ti',
      url: 'https://example.org/a',
      published: '2025-11-01',
      publishedPrecision: 'month',
      kind: 'official',
      via: 'V',
      note: 'n',
    },
    {
      id: 's2',
      publisher: 'Q',
      title: 'U',
      url: 'https://example.org/b',
      published: null,
      kind: 'press',
    },
  ],
  series: [
    {
      id: 'a',
      commodity: 'tariffs',
      kind: 'tariff',
      label: 'L',
      unit: 'percent',
      period: 'point',
      direction: 'us-on-china',
      layer: 'x',
      shortLabel: 'S',
      measure: 'm',
      method: 'me',
      description: 'De',
      defaultVisible: false,
      headline: true,
      zh: { label: '标' },
      points: [
        {
          date: '2025-11-10',
          datePrecision: 'month',
          value: 10,
          approx: true,
          status: 'applied',
          sources: ['s1'],
          low: 9,
          high: 11,
          suspendedValue: 34,
          suspendedUntil: '2026-11-10',
          note: 'pn',
          conflict: 'c',
          zh: { note: '注' },
        },
        { date: '2025-12-01', value: 12, status: 'promised', sources: ['s2'] },
      ],
    },
    {
      id: 'b',
      commodity: 'soybeans',
      kind: 'volume',
      label: 'B',
      unit: 'mt',
      period: 'month',
      description: 'Db',
      points: [],
    },
  ],
  targets: [
    {
      id: 't',
      commodity: 'soybeans',
      label: 'Tl',
      unit: 'mt',
      value: 12,
      start: '2025-10-30',
      deadlines: [
        { id: 'd2', date: '2026-02-28', label: 'late', sources: ['s1'] },
        {
          id: 'd1',
          date: '2025-12-31',
          label: 'early',
          approx: true,
          sources: ['s2'],
          note: 'dn',
          zh: { label: '早' },
        },
      ],
      claimant: 'us',
      confirmed: false,
      trackedBy: ['b'],
      sources: ['s1'],
      note: 'tn',
      zh: { label: '目' },
    },
  ],
  measures: [
    {
      id: 'm',
      commodity: 'rare-earths',
      side: 'china',
      label: 'Ml',
      reference: 'R',
      items: ['i'],
      announced: '2025-10-09',
      windows: [
        {
          state: 'paused',
          start: '2025-11-10',
          end: null,
          endStatus: 'scheduled',
          sources: ['s1'],
          note: 'wn',
          zh: { note: '窗' },
        },
        {
          state: 'in-force',
          start: '2025-10-09',
          end: '2025-11-10',
          endStatus: 'observed',
          sources: ['s2'],
        },
      ],
      sources: ['s1'],
      note: 'mn',
      zh: { label: '措' },
    },
  ],
  events: [
    {
      id: 'e2',
      date: '2026-01-05',
      kind: 'deal',
      label: 'E2',
      description: 'd2',
      commodities: ['tariffs'],
      sources: ['s1'],
    },
    {
      id: 'e1',
      date: '2025-10-30',
      endDate: '2025-10-31',
      datePrecision: 'month',
      kind: 'summit',
      label: 'E1',
      description: 'd1',
      commodities: ['soybeans'],
      scheduled: true,
      sources: ['s2'],
      zh: { label: '会' },
    },
  ],
}

describe(toDataset, () => {
  it.each<[string, Json]>([
    ['the shipped dataset', shipped],
    ['every optional field set, defaults overridden, lists out of order', full],
  ])('carries every field of every record: %s', (_name, raw) => {
    expect(toDataset(raw as unknown as RawDataset)).toStrictEqual(expected(raw))
  })

  it('reads a repeated date once and keeps it right for every point', () => {
    const raw = structuredClone(full)
    const series = (raw.series as Json[])[1]!
    series.points = ['2026-01-01', '2026-01-01', '2026-02-01'].map((date) => ({
      date,
      value: 1,
      status: 'applied',
      sources: ['s1'],
    }))
    const points = toDataset(raw as unknown as RawDataset).series[1]!.points
    expect(points.map((p) => p.dateMs)).toEqual([
      Date.UTC(2026, 0, 1),
      Date.UTC(2026, 0, 1),
      Date.UTC(2026, 1, 1),
    ])
  })

  it('refuses a date the schema should have stopped (a bug, not bad data)', () => {
    const raw = structuredClone(full)
    ;(raw.meta as Json).asOf = '2026-13-45'
    expect(() => toDataset(raw as unknown as RawDataset)).toThrow(
      'unparsable date 2026-13-45',
    )
  })
})
