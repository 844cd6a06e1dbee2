import { afterEach, describe, expect, it, vi } from 'vitest'

import { hasDigest, textDigest } from '@/data/text-digest'

describe(textDigest, () => {
  it.each<[string, string, string]>([
    ['one character changed', '{"a":1}', '{"a":2}'],
    ['two characters swapped', '{"ab":1}', '{"ba":1}'],
    ['a trailing newline', '{"a":1}', '{"a":1}\n'],
    ['a byte-order mark', '{"a":1}', '\uFEFF{"a":1}'],
    ['one CJK character changed', '{"zh":"大豆"}', '{"zh":"大麦"}'],
    ['empty against one space', '', ' '],
  ])('tells texts apart: %s', async (_name, a, b) => {
    expect(await textDigest(a)).not.toBe(await textDigest(b))
  })

  it.each<[string, string]>([
    // Known SHA-256 values (FIPS 180-2 "abc"; the empty string).
    [
      'abc',
      '3-ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    ],
    ['', '0-e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ])(
    'is the length in base 36 and the SHA-256 of the text: %j',
    async (text, expected) => {
      expect(await textDigest(text)).toBe(expected)
    },
  )

  it('hashes the UTF-8 bytes, and counts the length in UTF-16 code units', async () => {
    // 大豆 is the bytes e5 a4 a7 e8 b1 86 in UTF-8, two code units in UTF-16.
    const utf8 = new Uint8Array([0xe5, 0xa4, 0xa7, 0xe8, 0xb1, 0x86])
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8))
    const hex = Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join(
      '',
    )
    expect(await textDigest('大豆')).toBe(`2-${hex}`)
  })

  it('is the same for the same text', async () => {
    const text = JSON.stringify({ series: [{ id: 's', points: [1, 2, 3] }] })
    expect(await textDigest(text)).toBe(await textDigest(text.slice(0)))
  })

  describe('where the page is not a secure context (no Web Crypto)', () => {
    afterEach(() => vi.unstubAllGlobals())

    it('has no digest, so the text is validated in full', async () => {
      vi.stubGlobal('crypto', {})
      expect(await textDigest('{"a":1}')).toBeUndefined()
    })
  })
})

describe(hasDigest, () => {
  afterEach(() => vi.restoreAllMocks())

  it.each<[string, string, string, boolean]>([
    ['the same text', '{"a":1}', '{"a":1}', true],
    ['one character changed, same length', '{"a":2}', '{"a":1}', false],
    ['a longer text', '{"a":1} ', '{"a":1}', false],
  ])('%s', async (_name, text, digestOf, expected) => {
    expect(await hasDigest(text, (await textDigest(digestOf))!)).toBe(expected)
  })

  it('does not hash a text whose length differs from the digest’s', async () => {
    const digest = (await textDigest('{"a":1}'))!
    const hash = vi.spyOn(crypto.subtle, 'digest')
    expect(await hasDigest('x'.repeat(100_000), digest)).toBe(false)
    expect(hash).not.toHaveBeenCalled()
    expect(await hasDigest('{"a":2}', digest)).toBe(false)
    expect(hash).toHaveBeenCalledTimes(1)
  })
})
