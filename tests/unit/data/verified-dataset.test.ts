import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { validateDatasetLenient } from '@/data/lenient-dataset'
import { textDigest } from '@/data/text-digest'
import { parseDatasetText } from '@/data/validate-dataset'
import { readVerifiedDataset } from '@/data/verified-dataset'

const shipped = readFileSync('data/commitments.json', 'utf8')
const shippedDigest = await textDigest(shipped)

describe(readVerifiedDataset, () => {
  it('reads the validated text to the same dataset full validation gives', async () => {
    const verified = await readVerifiedDataset(
      shipped,
      await textDigest(shipped),
    )
    expect(verified).toBeDefined()
    expect(verified).toEqual(parseDatasetText(shipped, validateDatasetLenient))
  })

  it.each<[string, string, string | undefined]>([
    ['no digest was recorded (dev, tests)', shipped, undefined],
    ['the text differs by one character', `${shipped} `, shippedDigest],
    [
      'one character is changed, the length kept',
      shipped.replace('"', "'"),
      shippedDigest,
    ],
    ['a different file', '{"schemaVersion":1}', shippedDigest],
  ])(
    'leaves the text to full validation when %s',
    async (_name, text, digest) => {
      expect(await readVerifiedDataset(text, digest)).toBeUndefined()
    },
  )

  it('accepts the validated text behind a byte-order mark only if that was what the build saw', async () => {
    const withBom = `\uFEFF${shipped}`
    expect(
      await readVerifiedDataset(withBom, await textDigest(shipped)),
    ).toBeUndefined()
    expect(
      (await readVerifiedDataset(withBom, await textDigest(withBom)))?.meta,
    ).toEqual(parseDatasetText(shipped, validateDatasetLenient).meta)
  })
})
