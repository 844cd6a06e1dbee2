/** The import-cycle check behind `npm run lint:cycles` (a second opinion on import-x/no-cycle). */
import { describe, expect, it } from 'vitest'

import {
  findCycles,
  importGraphOf,
  valueImports,
} from '../../../scripts/check-cycles'

describe(valueImports, () => {
  it.each<[string, string, string[]]>([
    ['a value import', `import { a } from './a'`, ['./a']],
    ['a side-effect import', `import './a.css'`, ['./a.css']],
    ['a dynamic import', `const m = () => import('./a')`, ['./a']],
    ['a re-export', `export { a } from './a'`, ['./a']],
    ['not a type-only import', `import type { A } from './a'`, []],
    ['not all-type specifiers', `import { type A } from './a'`, []],
    ['mixed specifiers', `import { type A, b } from './a'`, ['./a']],
    ['not a type-only re-export', `export type { A } from './a'`, []],
  ])('%s', (_name, text, expected) => {
    expect(valueImports('x.ts', text)).toEqual(expected)
  })
})

describe(findCycles, () => {
  it.each<[string, Record<string, string[]>, string[][]]>([
    ['a chain', { a: ['b'], b: ['c'], c: [] }, []],
    ['a pair', { a: ['b'], b: ['a'] }, [['a', 'b']]],
    ['a self-import', { a: ['a'], b: [] }, [['a']]],
    [
      'a triangle',
      { a: ['b'], b: ['c'], c: ['a'], d: ['a'] },
      [['a', 'b', 'c']],
    ],
    [
      'two cycles',
      { a: ['b'], b: ['a'], c: ['d'], d: ['c'] },
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a diamond', { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, []],
  ])('%s', (_name, edges, expected) => {
    expect(findCycles(new Map(Object.entries(edges)))).toEqual(expected)
  })
})

it('finds no import cycle in src/', () => {
  const graph = importGraphOf('src', 'tsconfig.json')
  expect(graph.size).toBeGreaterThan(50)
  expect(findCycles(graph)).toEqual([])
})
