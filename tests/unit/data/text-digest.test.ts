import { describe, expect, it } from 'vitest'

import { textDigest } from '@/data/text-digest'

describe(textDigest, () => {
  it.each<[string, string, string]>([
    ['one character changed', '{"a":1}', '{"a":2}'],
    ['two characters swapped', '{"ab":1}', '{"ba":1}'],
    ['a trailing newline', '{"a":1}', '{"a":1}\n'],
    ['a byte-order mark', '{"a":1}', '\uFEFF{"a":1}'],
    ['one CJK character changed', '{"zh":"大豆"}', '{"zh":"大麦"}'],
    ['empty against one space', '', ' '],
  ])('tells texts apart: %s', (_name, a, b) => {
    expect(textDigest(a)).not.toBe(textDigest(b))
  })

  it.each<[string, string]>([
    ['', '0-'],
    ['{"a":1}', '7-'],
    ['x'.repeat(1000), 'rs-'],
  ])('starts with the length in base 36: %j', (text, prefix) => {
    expect(textDigest(text).startsWith(prefix)).toBe(true)
    expect(textDigest(text)).toMatch(/^[0-9a-z]+-[0-9a-z]+$/)
  })

  it('is the same for the same text, and a function of it alone', () => {
    const text = JSON.stringify({ series: [{ id: 's', points: [1, 2, 3] }] })
    expect(textDigest(text)).toBe(textDigest(`${text}`))
    expect(textDigest(text.slice(0))).toBe(textDigest(text))
  })
})
