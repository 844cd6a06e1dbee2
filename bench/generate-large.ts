/**
 * `npx tsx bench/generate-large.ts [points] [out]`: a valid synthetic dataset of
 * about `points` daily points (default 100 000), deterministic, for the benchmark.
 * Half the series are cumulative soybean lines tracked by a target, half tariff
 * step lines; all daily from 2016-01-01 to the as-of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

import type { RawDataset, RawSeries } from '../src/data/schema'

const DAY = 86_400_000
const FROM = Date.UTC(2016, 0, 1)
const AS_OF = Date.UTC(2026, 5, 29)

/** Small deterministic PRNG (mulberry32) so every run measures the same data. */
function prng(seed: number): () => number {
  let a = seed
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function generateLargeDataset(points: number): RawDataset {
  const days = Math.floor((AS_OF - FROM) / DAY) + 1
  const seriesCount = Math.max(2, Math.ceil(points / days))
  const rand = prng(42)
  const date = (i: number) =>
    new Date(FROM + i * DAY).toISOString().slice(0, 10)
  const series: RawSeries[] = Array.from({ length: seriesCount }, (_, k) => {
    const cumulative = k % 2 === 0
    let value = cumulative ? 0 : 10 + Math.floor(rand() * 20)
    return {
      id: `synthetic-${k}`,
      commodity: cumulative ? 'soybeans' : 'tariffs',
      kind: cumulative ? 'cumulative-volume' : 'tariff-rate',
      label: `Synthetic ${cumulative ? 'purchases' : 'tariff'} ${k}`,
      unit: cumulative ? 'Mt' : 'pct',
      period: 'instant',
      ...(cumulative
        ? { measure: 'contracts' as const }
        : {
            direction:
              k % 4 === 1 ? ('us-on-china' as const) : ('china-on-us' as const),
          }),
      description: 'Synthetic benchmark data; not real.',
      points: Array.from(
        { length: Math.min(days, Math.ceil(points / seriesCount)) },
        (_, i) => {
          if (cumulative) value += rand() * 0.05
          else if (rand() < 0.005) value = Math.round(rand() * 150)
          return {
            date: date(i),
            value: Math.round(value * 1000) / 1000,
            status: 'observed' as const,
            sources: ['synthetic'],
          }
        },
      ),
    }
  })
  return {
    schemaVersion: 2,
    meta: {
      title: `Synthetic benchmark dataset (${points} points)`,
      version: 'bench-1',
      asOf: date(days - 1),
      checkedOn: date(days - 1),
      description: 'Synthetic data for the benchmark. Not real.',
      gaps: [],
    },
    sources: [
      {
        id: 'synthetic',
        publisher: 'Truce Tracker benchmark',
        title: 'Synthetic data',
        url: 'https://example.org/synthetic',
        published: null,
        kind: 'secondary',
      },
    ],
    series,
    targets: [
      {
        id: 'synthetic-target',
        commodity: 'soybeans',
        label: 'Synthetic target',
        unit: 'Mt',
        value: 200,
        start: '2016-01-01',
        deadlines: [
          {
            id: 'end',
            date: '2026-12-31',
            label: 'End of 2026',
            sources: ['synthetic'],
          },
        ],
        claimant: 'us',
        confirmed: false,
        trackedBy: series
          .filter((s) => s.kind === 'cumulative-volume')
          .map((s) => s.id),
        sources: ['synthetic'],
      },
    ],
    measures: [],
    events: [],
  }
}

if (process.argv[1]?.endsWith('generate-large.ts')) {
  const points = Number(process.argv[2] ?? 100_000)
  const out = process.argv[3] ?? 'bench/.work/large.json'
  mkdirSync(dirname(out), { recursive: true })
  const data = generateLargeDataset(points)
  writeFileSync(out, JSON.stringify(data))
  const total = data.series.reduce((n, s) => n + s.points.length, 0)
  console.log(`wrote ${out}: ${data.series.length} series, ${total} points`)
}
