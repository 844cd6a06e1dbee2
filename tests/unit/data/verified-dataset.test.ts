import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { validateDatasetLenient } from '@/data/lenient-dataset'
import { textDigest } from '@/data/text-digest'
import { parseDatasetText } from '@/data/validate-dataset'
import { readVerifiedDataset } from '@/data/verified-dataset'

const shipped = readFileSync('data/commitments.json', 'utf8')

describe(readVerifiedDataset, () => {
  it('reads the validated text to the same dataset full validation gives', () => {
    const verified = readVerifiedDataset(shipped, textDigest(shipped))
    expect(verified).toBeDefined()
    expect(verified).toEqual(parseDatasetText(shipped, validateDatasetLenient))
  })

  it.each<[string, string, string | undefined]>([
    ['no digest was recorded (dev, tests)', shipped, undefined],
    ['the text differs by one character', `${shipped} `, textDigest(shipped)],
    ['a different file', '{"schemaVersion":1}', textDigest(shipped)],
  ])('leaves the text to full validation when %s', (_name, text, digest) => {
    expect(readVerifiedDataset(text, digest)).toBeUndefined()
  })

  it('accepts the validated text behind a byte-order mark only if that was what the build saw', () => {
    const withBom = `\uFEFF${shipped}`
    expect(readVerifiedDataset(withBom, textDigest(shipped))).toBeUndefined()
    expect(readVerifiedDataset(withBom, textDigest(withBom))?.meta).toEqual(
      parseDatasetText(shipped, validateDatasetLenient).meta,
    )
  })
})
