import { describe, expect, it } from 'vitest'

import { fitLabel, wrapLabel } from '@/charts/wrap-label'

describe(wrapLabel, () => {
  it.each<[string, string, number, number, string[]]>([
    ['fits on one line', 'Gallium', 20, 2, ['Gallium']],
    [
      'wraps between words',
      'Gallium and germanium exports',
      18,
      2,
      ['Gallium and', 'germanium exports'],
    ],
    [
      'too long for two lines ends in …',
      'Gallium and germanium and antimony exports ban',
      18,
      2,
      ['Gallium and', 'germanium and…'],
    ],
    [
      'a word longer than a line is cut',
      'Superhardmaterials',
      10,
      2,
      ['Superhard…'],
    ],
    ['one line only', 'Rare earth magnets', 10, 1, ['Rare eart…']],
    ['extra spaces ignored', '  Rare   earths ', 20, 2, ['Rare earths']],
    ['empty', '', 10, 2, []],
    // Chinese: a Han character counts as two; lines break between characters.
    [
      'Chinese wraps between characters',
      '镓、锗、锑对美出口禁令',
      12,
      2,
      ['镓、锗、锑对', '美出口禁令'],
    ],
    [
      'Chinese too long ends in …',
      '镓、锗、锑对美出口禁令',
      12,
      1,
      ['镓、锗、锑…'],
    ],
    [
      'digits stay with the Han text',
      '第301条款关税',
      8,
      2,
      ['第301条', '款关税'],
    ],
    ['a comma never starts a line', '稀土，磁体', 4, 3, ['稀', '土，', '磁体']],
    [
      'an opening bracket never ends a line',
      '稀土（镓）',
      6,
      2,
      ['稀土', '（镓）'],
    ],
    [
      'mixed English and Chinese keep their space',
      'BIS 50%规则',
      8,
      2,
      ['BIS 50%', '规则'],
    ],
  ])('%s', (_name, text, chars, lines, expected) => {
    expect(wrapLabel(text, chars, lines)).toEqual(expected)
  })
})

describe(fitLabel, () => {
  it.each<[string, string, number, string]>([
    ['fits: kept whole', 'BIS 50% rule', 12, 'BIS 50% rule'],
    [
      'too long: cut to leave room for …',
      'MOFCOM Announcement',
      12,
      'MOFCOM Anno…',
    ],
    // A Han character counts two: 9 characters are 18 units.
    ['Chinese counts two a character', '商务部海关总署公告', 12, '商务部海关…'],
    ['Chinese that fits', '商务部公告', 10, '商务部公告'],
    ['no room still keeps one character', 'MOFCOM', 0, 'M…'],
  ])('%s', (_, text, maxChars, fitted) => {
    expect(fitLabel(text, maxChars)).toBe(fitted)
  })
})
