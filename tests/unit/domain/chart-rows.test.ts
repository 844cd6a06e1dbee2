import { describe, expect, it } from 'vitest'

import {
  type ChartLine,
  type LinePoints,
  type PointInfo,
} from '@/domain/time-chart'
import {
  chartRowsAndLines,
  MAX_DOTTED_ROWS,
  mergeLines,
} from '@/domain/chart-rows'
import type { SeriesPoint } from '@/domain/types'

const line = (key: string, curve: ChartLine['curve']): ChartLine => ({
  key,
  seriesId: key,
  label: key,
  role: 'observed',
  curve,
  styleIndex: 0,
  inLegend: true,
  unit: 'pct',
})

const source = (dateMs: number, value: number): SeriesPoint => ({
  dateMs,
  datePrecision: 'day',
  value,
  approx: false,
  status: 'observed',
  sourceIds: [],
})

const infoOf = (p: SeriesPoint): PointInfo => ({
  label: 'x',
  value: p.value,
  unit: 'pct',
  date: String(p.dateMs),
  status: 'Observed',
  approx: false,
  sources: [],
  weaklySourced: false,
})

/** A line whose points come from series points (info through `infoOf`). */
function fromSeries(
  key: string,
  curve: ChartLine['curve'],
  xy: [number, number][],
): LinePoints {
  return {
    line: line(key, curve),
    points: xy.map(([x, y]) => ({ x, y, source: source(x, y) })),
    infoOf,
  }
}

describe(mergeLines, () => {
  it.each<
    [
      string,
      LinePoints[],
      number[],
      Record<number, Record<string, number | null>>,
    ]
  >([
    [
      'a step line holds its value; a linear line only at its points',
      [
        fromSeries('s', 'step', [
          [1, 10],
          [3, 20],
        ]),
        fromSeries('l', 'linear', [
          [2, 5],
          [4, 6],
        ]),
      ],
      [],
      {
        1: { s: 10, l: null },
        2: { s: 10, l: 5 },
        3: { s: 20, l: null },
        4: { s: null, l: 6 },
      },
    ],
    [
      'extra xs add rows; before a line starts it has no value',
      [fromSeries('s', 'step', [[5, 1]])],
      [0, 5, 9],
      { 0: { s: null }, 5: { s: 1 }, 9: { s: null } },
    ],
  ])('%s', (_name, lines, extra, expected) => {
    const rows = mergeLines(lines, extra)
    expect(Object.fromEntries(rows.map((r) => [r.x, r.values]))).toEqual(
      expected,
    )
    // Tooltip info: the point in effect for every line with a value, built on read.
    for (const r of rows)
      for (const [key, v] of Object.entries(r.values))
        expect(r.info[key]?.value).toBe(v === null ? undefined : v)
  })

  it('builds a step point’s info once, however many rows it spans', () => {
    let built = 0
    const counting: LinePoints = {
      ...fromSeries('s', 'step', [
        [1, 10],
        [9, 10],
      ]),
      infoOf: (p) => {
        built++
        return infoOf(p)
      },
    }
    const rows = mergeLines([counting], [2, 3, 4, 5])
    expect(built).toBe(0)
    rows.forEach((r) => r.info)
    expect(built).toBe(2)
  })
})

describe(chartRowsAndLines, () => {
  const long = (n: number): [number, number][] =>
    Array.from({ length: n }, (_, i) => [i, i % 3])

  it.each<[string, LinePoints[], boolean[]]>([
    [
      'short lines keep their dots',
      [fromSeries('a', 'linear', long(50))],
      [false],
    ],
    [
      'a thinned line is dense',
      [
        fromSeries('a', 'linear', long(5000)),
        fromSeries('b', 'linear', long(20)),
      ],
      [true, true],
    ],
    [
      'many rows make every line dense',
      [
        fromSeries('a', 'linear', long(MAX_DOTTED_ROWS + 1)),
        fromSeries('b', 'linear', long(3)),
      ],
      [true, true],
    ],
    [
      'just enough rows keep dots',
      [fromSeries('a', 'linear', long(MAX_DOTTED_ROWS))],
      [false],
    ],
  ])('%s', (_name, lines, dense) => {
    const out = chartRowsAndLines(lines, [])
    expect(out.lines.map((l) => l.dense === true)).toEqual(dense)
    expect(Object.isFrozen(out.rows)).toBe(true)
  })
})
