import { describe, expect, it } from 'vitest'

import { wrapLabel } from '@/charts/wrap-label'

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
  ])('%s', (_name, text, chars, lines, expected) => {
    expect(wrapLabel(text, chars, lines)).toEqual(expected)
  })
})
