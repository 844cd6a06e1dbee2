import { describe, expect, it } from 'vitest'

import { findJsonErrorOffset, toLineColumn } from '@/data/json-error-position'

describe(findJsonErrorOffset, () => {
  it.each<[string, string, number | undefined]>([
    [
      'valid object',
      '{"a": [1, 2.5e3, -0, true, null, "x\\n\\u00e9"]}',
      undefined,
    ],
    ['valid scalar', ' 42 ', undefined],
    ['empty object and array', '{"a": {}, "b": []}', undefined],
    ['trailing comma in object', '{\n  "a": 1,\n}', 12],
    ['trailing comma in array', '[1, 2,]', 6],
    ['missing value', '{"a":}', 5],
    ['unquoted key', '{a: 1}', 1],
    ['single quotes', "{'a': 1}", 1],
    ['truncated', '[1, 2', 5],
    ['NaN literal', '{"v": NaN}', 6],
    ['leading zero', '[01]', 2],
    ['bad escape', '["\\x"]', 3],
    ['raw newline in string', '["a\nb"]', 3],
    ['garbage after value', '{"a": 1} x', 9],
    ['empty text', '', 0],
    ['missing colon', '{"a" 1}', 5],
  ])('%s', (_name, text, offset) => {
    expect(findJsonErrorOffset(text)).toBe(offset)
    if (offset === undefined) expect(() => JSON.parse(text)).not.toThrow()
    else expect(() => JSON.parse(text)).toThrow()
  })

  it('does not overflow the stack on deeply nested input', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(199_999)
    expect(findJsonErrorOffset(deep)).toBe(deep.length)
  })
})

describe(toLineColumn, () => {
  it.each<[string, number, { line: number; column: number }]>([
    ['abc', 0, { line: 1, column: 1 }],
    ['ab\ncd', 4, { line: 2, column: 2 }],
    ['{\n  "a": 1,\n}', 12, { line: 3, column: 1 }],
  ])('%j at %d', (text, offset, expected) => {
    expect(toLineColumn(text, offset)).toEqual(expected)
  })
})
