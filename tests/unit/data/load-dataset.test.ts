import { HttpResponse, http } from 'msw'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { DatasetError } from '@/data/dataset-error'
import { loadDataset } from '@/data/load-dataset'
import { fileDigest } from '@/data/file-digest'
import { makeDataset } from '../../fixtures/builders'
import { DATASET_URL } from '../../msw/handlers'
import {
  datasetAnswers,
  datasetFails,
  datasetNetworkError,
  datasetNeverAnswers,
  datasetText,
} from '../../msw/scenarios'
import { server } from '../../msw/server'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

async function failureOf(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof DatasetError) return error
    throw error
  }
  throw new Error('expected the load to fail')
}

describe(loadDataset, () => {
  it('loads and validates the dataset', async () => {
    const dataset = await loadDataset(DATASET_URL)
    expect(dataset.meta.title).toBe('Test dataset')
  })

  it.each<[string, () => void, string, string]>([
    ['404', () => server.use(datasetFails(404)), 'http', 'answered 404'],
    ['500', () => server.use(datasetFails(500)), 'http', 'answered 500'],
    [
      'network failure / CORS',
      () => server.use(datasetNetworkError()),
      'network',
      'CORS',
    ],
    [
      'HTML instead of JSON',
      () => server.use(datasetText('<!doctype html><p>hi</p>', 'text/html')),
      'content-type',
      'sent text/html instead of JSON',
    ],
    [
      'invalid JSON',
      () => server.use(datasetText('{"schemaVersion": 1,', 'application/json')),
      'json',
      'not valid JSON',
    ],
    [
      'schema problem',
      () => server.use(datasetAnswers({ ...makeDataset(), schemaVersion: 1 })),
      'schema',
      'does not match',
    ],
    [
      'declared size over the limit',
      () =>
        server.use(
          http.get(
            DATASET_URL,
            () =>
              new HttpResponse('{}', {
                headers: {
                  'Content-Type': 'application/json',
                  'Content-Length': String(17 * 1024 * 1024),
                },
              }),
          ),
        ),
      'too-large',
      'over the 16 MB limit',
    ],
  ])('turns %s into a %s error', async (_name, arrange, kind, fragment) => {
    arrange()
    const error = await failureOf(loadDataset(DATASET_URL))
    expect(error.kind).toBe(kind)
    expect(error.message).toContain(fragment)
  })

  it('stops downloading a file that grows past the limit, its size undeclared', async () => {
    const mb = new Uint8Array(1024 * 1024).fill(0x20)
    let sent = 0
    server.use(
      http.get(DATASET_URL, () => {
        // A stream has no Content-Length: only counting the bytes can stop it.
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent++ < 40) controller.enqueue(mb)
            else controller.close()
          },
        })
        return new HttpResponse(body, {
          headers: { 'Content-Type': 'application/json' },
        })
      }),
    )
    const error = await failureOf(loadDataset(DATASET_URL))
    expect(error.kind).toBe('too-large')
    expect(error.message).toBe('The dataset is larger than the 16 MB limit')
    // 17 MB read, a few more in flight: not the whole 40 MB.
    expect(sent).toBeLessThan(25)
  })

  it('gives up after the timeout', async () => {
    server.use(datasetNeverAnswers())
    const error = await failureOf(loadDataset(DATASET_URL, undefined, 50))
    expect(error.kind).toBe('timeout')
    expect(error.retryable).toBe(true)
    expect(error.message).toBe(
      'The dataset server did not answer within 0.05 s',
    )
    expect(error.text).toEqual({
      key: 'status.error.noAnswer',
      values: { seconds: 0.05 },
    })
  })

  describe('a text the build validated (its digest recorded)', () => {
    const bad = JSON.stringify({ ...makeDataset(), schemaVersion: 1 })

    it('is read without validating it again', async () => {
      server.use(datasetText(bad, 'application/json'))
      // Only a recorded digest can make an invalid text pass: proof the check is skipped.
      const dataset = await loadDataset(
        DATASET_URL,
        undefined,
        undefined,
        await fileDigest(new TextEncoder().encode(bad)),
      )
      expect(dataset.schemaVersion).toBe(1)
    })

    it('is validated in full when the download differs from it', async () => {
      server.use(datasetText(bad, 'application/json'))
      const error = await failureOf(
        loadDataset(
          DATASET_URL,
          undefined,
          undefined,
          await fileDigest(new TextEncoder().encode(`${bad} `)),
        ),
      )
      expect(error.kind).toBe('schema')
    })
  })
})
