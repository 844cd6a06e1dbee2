import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { validateDatasetLenient } from '@/data/lenient-dataset'
import { fileDigest } from '@/data/file-digest'
import { readBody } from '@/data/read-body'
import { parseDatasetText } from '@/data/validate-dataset'
import { readVerifiedDataset } from '@/data/verified-dataset'

const shipped = readFileSync('data/commitments.json', 'utf8')
/** A text as the loader has it: downloaded, its bytes kept. */
const downloaded = async (text: string) =>
  (await readBody(new Response(text).body))!
const digestOf = (text: string) => fileDigest(new TextEncoder().encode(text))
const shippedDigest = await digestOf(shipped)

describe(readVerifiedDataset, () => {
  it('reads the validated text to the same dataset full validation gives', async () => {
    const verified = await readVerifiedDataset(
      await downloaded(shipped),
      shippedDigest,
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
      expect(
        await readVerifiedDataset(await downloaded(text), digest),
      ).toBeUndefined()
    },
  )

  it('accepts the validated text behind a byte-order mark only if that was what the build saw', async () => {
    const withBom = `\uFEFF${shipped}`
    expect(
      await readVerifiedDataset(await downloaded(withBom), shippedDigest),
    ).toBeUndefined()
    expect(
      (
        await readVerifiedDataset(
          await downloaded(withBom),
          await digestOf(withBom),
        )
      )?.meta,
    ).toEqual(parseDatasetText(shipped, validateDatasetLenient).meta)
  })
})
