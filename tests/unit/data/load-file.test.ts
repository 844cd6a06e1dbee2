import { describe, expect, it } from 'vitest'

import { DatasetError } from '@/data/dataset-error'
import { loadDatasetFile } from '@/data/load-file'
import { MAX_DATASET_BYTES } from '@/data/dataset-limits'
import { makeDataset, makeEvent } from '../../fixtures/builders'

/** A Blob that claims `size` bytes without holding them, and fails if read. */
function sized(size: number, name?: string) {
  return Object.assign(
    {
      size,
      text: () => Promise.reject(new Error('must not be read')),
    } as unknown as Blob,
    name === undefined ? {} : { name },
  )
}

async function errorOf(file: Blob & { name?: string }): Promise<DatasetError> {
  try {
    await loadDatasetFile(file)
  } catch (e) {
    if (e instanceof DatasetError) return e
    throw e
  }
  throw new Error('no error')
}

describe(loadDatasetFile, () => {
  it('reads and validates a local file', async () => {
    const file = new Blob([JSON.stringify(makeDataset())])
    const dataset = await loadDatasetFile(file)
    expect(dataset.meta.version).toBe('test-1')
    expect(dataset.series.map((s) => s.id)).toEqual([
      'us-ieepa-fentanyl',
      'soy-usda-contracts',
    ])
  })

  it('drops an invalid record instead of rejecting the file (lenient)', async () => {
    const data = makeDataset({
      events: [makeEvent(), makeEvent({ id: 'bad', sources: ['ghost'] })],
    })
    const dataset = await loadDatasetFile(new Blob([JSON.stringify(data)]))
    expect(dataset.events.map((e) => e.id)).toEqual(['busan-summit'])
    expect(dataset.dropped).toHaveLength(1)
  })

  it.each([
    [
      sized(MAX_DATASET_BYTES + 1, 'big.json'),
      'big.json is 16.0 MB, over the 16 MB limit',
    ],
    [sized(20 * 1024 * 1024), 'The file is 20.0 MB, over the 16 MB limit'],
  ])('refuses a file over 16 MB before reading it', async (file, message) => {
    const error = await errorOf(file)
    expect(error.kind).toBe('too-large')
    expect(error.message).toBe(message)
  })

  it('reads a file of exactly the limit', async () => {
    const error = await errorOf(sized(MAX_DATASET_BYTES))
    expect(error).toMatchObject({
      kind: 'json',
      message: 'The file could not be read',
    })
  })

  it('says when the text is not JSON', async () => {
    const error = await errorOf(new Blob(['{ not json']))
    expect(error.kind).toBe('json')
  })
})
