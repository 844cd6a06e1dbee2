import { afterEach, describe, expect, it, vi } from 'vitest'

import { fileDigest, hasDigest, hasSize } from '@/data/file-digest'

const utf8 = (text: string) => new TextEncoder().encode(text)
/** A downloaded file as the loader holds it. */
const fileOf = (bytes: Uint8Array<ArrayBuffer>) => ({
  size: bytes.byteLength,
  bytes: () => bytes,
})

describe(fileDigest, () => {
  it.each<[string, string, string]>([
    ['one character changed', '{"a":1}', '{"a":2}'],
    ['two characters swapped', '{"ab":1}', '{"ba":1}'],
    ['a trailing newline', '{"a":1}', '{"a":1}\n'],
    ['a byte-order mark', '{"a":1}', '\uFEFF{"a":1}'],
    ['one CJK character changed', '{"zh":"大豆"}', '{"zh":"大麦"}'],
    ['empty against one space', '', ' '],
  ])('tells files apart: %s', async (_name, a, b) => {
    expect(await fileDigest(utf8(a))).not.toBe(await fileDigest(utf8(b)))
  })

  it.each<[string, Uint8Array<ArrayBuffer>, string]>([
    // Known SHA-256 values (FIPS 180-2 "abc"; the empty input).
    [
      'abc',
      utf8('abc'),
      '3-ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    ],
    [
      'nothing',
      new Uint8Array(0),
      '0-e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ],
  ])(
    'is the size in base 36 and the SHA-256 of the bytes: %s',
    async (_name, bytes, expected) => {
      expect(await fileDigest(bytes)).toBe(expected)
    },
  )

  it('counts the size in bytes, not characters', async () => {
    // 大豆 is six bytes in UTF-8 (e5 a4 a7 e8 b1 86), two characters.
    const bytes = utf8('大豆')
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
    const hex = Array.from(hash, (b) => b.toString(16).padStart(2, '0'))
    expect(await fileDigest(bytes)).toBe(`6-${hex.join('')}`)
  })

  it('is the same for the same bytes', async () => {
    const text = JSON.stringify({ series: [{ id: 's', points: [1, 2, 3] }] })
    expect(await fileDigest(utf8(text))).toBe(await fileDigest(utf8(text)))
  })

  describe('where the page is not a secure context (no Web Crypto)', () => {
    afterEach(() => vi.unstubAllGlobals())

    it('has no digest, so the file is validated in full', async () => {
      vi.stubGlobal('crypto', {})
      expect(await fileDigest(utf8('{"a":1}'))).toBeUndefined()
    })
  })
})

describe(hasSize, () => {
  it.each<[number, boolean]>([
    [3, true],
    [4, false],
    [0, false],
  ])('a digest of 3 bytes, a file of %i bytes: %s', (size, expected) => {
    expect(hasSize('3-ba7816bf', size)).toBe(expected)
  })
})

describe(hasDigest, () => {
  afterEach(() => vi.restoreAllMocks())

  it.each<[string, string, string, boolean]>([
    ['the same file', '{"a":1}', '{"a":1}', true],
    ['one byte changed, same size', '{"a":2}', '{"a":1}', false],
    ['a larger file', '{"a":1} ', '{"a":1}', false],
  ])('%s', async (_name, file, digestOf, expected) => {
    expect(
      await hasDigest(fileOf(utf8(file)), (await fileDigest(utf8(digestOf)))!),
    ).toBe(expected)
  })

  it('does not hash a file whose size differs from the digest’s', async () => {
    const digest = (await fileDigest(utf8('{"a":1}')))!
    const hash = vi.spyOn(crypto.subtle, 'digest')
    expect(await hasDigest(fileOf(new Uint8Array(100_000)), digest)).toBe(false)
    expect(hash).not.toHaveBeenCalled()
    expect(await hasDigest(fileOf(utf8('{"a":2}')), digest)).toBe(false)
    expect(hash).toHaveBeenCalledTimes(1)
  })
})
