import { describe, expect, it } from 'vitest'

import { readBody } from '@/data/read-body'

/** A body that arrives in these chunks. */
function streamOf(chunks: readonly number[][]) {
  let i = 0
  let cancelled = false
  const stream = new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      const chunk = chunks[i++]
      if (chunk) controller.enqueue(new Uint8Array(chunk))
      else controller.close()
    },
    cancel() {
      cancelled = true
    },
  })
  return { stream, wasCancelled: () => cancelled }
}

const bytesOf = (text: string) => [...new TextEncoder().encode(text)]

describe(readBody, () => {
  it.each<[string, number[][], string]>([
    ['one chunk', [bytesOf('{"a":1}')], '{"a":1}'],
    [
      'several chunks',
      [bytesOf('{"a"'), bytesOf(':1'), bytesOf('}')],
      '{"a":1}',
    ],
    // 大 is e5 a4 a7: split across chunks, it must still decode as one character.
    [
      'a character split between chunks',
      [
        [0x22, 0xe5],
        [0xa4, 0xa7, 0x22],
      ],
      '"大"',
    ],
    [
      'a byte-order mark, dropped as response.text() does',
      [[0xef, 0xbb, 0xbf, 0x31]],
      '1',
    ],
    ['a byte that is not UTF-8, replaced', [[0x31, 0xff, 0x32]], '1\uFFFD2'],
    [
      'a truncated character at the end, replaced',
      [[0x31, 0xe5, 0xa4]],
      '1\uFFFD',
    ],
    ['nothing', [], ''],
  ])('decodes %s', async (_name, chunks, text) => {
    const file = (await readBody(streamOf(chunks).stream))!
    expect(file.text).toBe(text)
    expect(file.size).toBe(chunks.flat().length)
    expect([...file.bytes()]).toEqual(chunks.flat())
  })

  it('decodes exactly as response.text() does', async () => {
    const bytes = new Uint8Array([
      0xef, 0xbb, 0xbf, 0xe5, 0xa4, 0xff, 0x41, 0xe8,
    ])
    expect((await readBody(new Response(bytes).body))?.text).toBe(
      await new Response(bytes).text(),
    )
  })

  it('reads no body as an empty file', async () => {
    const file = (await readBody(null))!
    expect(file).toMatchObject({ text: '', size: 0 })
    expect(file.bytes()).toHaveLength(0)
  })

  it('stops reading, and cancels the download, past the size limit', async () => {
    const { stream, wasCancelled } = streamOf([[1, 2, 3], [4, 5, 6], [7]])
    expect(await readBody(stream, 5)).toBeUndefined()
    expect(wasCancelled()).toBe(true)
  })

  it('accepts a body of exactly the limit', async () => {
    const file = await readBody(streamOf([[1, 2], [3]]).stream, 3)
    expect(file?.size).toBe(3)
  })
})
