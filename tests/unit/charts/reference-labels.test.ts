import { describe, expect, it } from 'vitest'

import {
  meetsAreaLabel,
  placeReferenceLabels,
  REFERENCE_LINE_PX,
  referenceLabelWidth,
  referenceLineSpecs,
} from '@/charts/reference-labels'
import { ROLE_COLORS } from '@/domain/palette'
import { en, zh } from '../../lang'

const W = 30 // label width
const plot = [0, 300] as const

describe(placeReferenceLabels, () => {
  it.each<
    [
      string,
      number | undefined,
      number | undefined,
      ReturnType<typeof placeReferenceLabels>,
    ]
  >([
    ['neither line', undefined, undefined, {}],
    ['as-of only', 100, undefined, { asOf: { x: 96, anchor: 'end', row: 0 } }],
    [
      'today only',
      undefined,
      100,
      { today: { x: 104, anchor: 'start', row: 0 } },
    ],
    [
      'far apart: each beside its line',
      100,
      200,
      {
        asOf: { x: 96, anchor: 'end', row: 0 },
        today: { x: 204, anchor: 'start', row: 0 },
      },
    ],
    [
      'close together: still on opposite sides, no overlap',
      150,
      152,
      {
        asOf: { x: 146, anchor: 'end', row: 0 },
        today: { x: 156, anchor: 'start', row: 0 },
      },
    ],
    [
      'today at the right edge flips left and drops a line',
      280,
      290,
      {
        asOf: { x: 276, anchor: 'end', row: 0 },
        today: { x: 286, anchor: 'end', row: 1 },
      },
    ],
    [
      'as-of at the left edge flips right',
      10,
      200,
      {
        asOf: { x: 14, anchor: 'start', row: 0 },
        today: { x: 204, anchor: 'start', row: 0 },
      },
    ],
    [
      'today before as-of (clock in the past) overlapping: drops a line',
      160,
      150,
      {
        asOf: { x: 156, anchor: 'end', row: 0 },
        today: { x: 154, anchor: 'start', row: 1 },
      },
    ],
  ])('%s', (_name, asOf, today, expected) => {
    expect(
      placeReferenceLabels(
        asOf === undefined ? undefined : { x: asOf, width: W },
        today === undefined ? undefined : { x: today, width: W },
        plot,
      ),
    ).toEqual(expected)
  })
})

describe(referenceLabelWidth, () => {
  // 11 px text: Latin letters about 0.6 em, Han ideographs a full em.
  it.each<[string, number]>([
    ['As of', 33],
    ['Today', 33],
    ['截至', 22],
    ['今日', 22],
    ['截至6月', 40],
    ['', 0],
  ])('%s → %i px', (text, px) => {
    expect(referenceLabelWidth(text)).toBe(px)
  })
})

describe(referenceLineSpecs, () => {
  const c = ROLE_COLORS.light
  const px = (x: number) => x / 10

  it('gives the as-of line (dashed, muted label) and the today line (solid, wider), each placed', () => {
    expect(
      referenceLineSpecs({ asOfX: 1000, todayX: 2000 }, px, plot, c, en),
    ).toEqual([
      {
        key: 'as-of',
        x: 1000,
        text: 'As of',
        stroke: c.asOf,
        dash: '3 3',
        strokeWidth: 1,
        fill: c.muted,
        placement: { x: 96, anchor: 'end', row: 0 },
      },
      {
        key: 'today',
        x: 2000,
        text: 'Today',
        stroke: c.today,
        dash: undefined,
        strokeWidth: 1.5,
        fill: c.today,
        placement: { x: 204, anchor: 'start', row: 0 },
      },
    ])
  })

  it('leaves out a line the model has no x for, in either language', () => {
    expect(
      referenceLineSpecs({ todayX: 2000 }, px, plot, c, zh).map((l) => [
        l.key,
        l.text,
      ]),
    ).toEqual([['today', '今日']])
    expect(referenceLineSpecs({}, px, plot, c, en)).toEqual([])
  })
})

describe(meetsAreaLabel, () => {
  // A 230 px target label and a 140 px area label: 5 + 230 + 4 + 140 + 5 = 384 px together.
  it.each<[string, number, number, boolean]>([
    ['at the top of a 270 px plot (a phone)', 0, 270, true],
    ['at the top of a 384 px plot: exactly fits', 0, 384, false],
    ['at the top of a 383 px plot: 1 px too narrow', 0, 383, true],
    ['at the top of a 1100 px plot', 0, 1100, false],
    ['a line of text below the top', REFERENCE_LINE_PX, 270, false],
    [
      'just under a line of text below the top',
      REFERENCE_LINE_PX - 1,
      270,
      true,
    ],
    ['far down the plot', 120, 270, false],
  ])('a target level %s → %s', (_, fromTop, plotWidth, meets) => {
    expect(meetsAreaLabel({ fromTop, width: 230 }, 140, plotWidth)).toBe(meets)
  })
})
