/** fetch → check the answer → parse → validate: the only way a dataset enters the app. */
import { MAX_DATASET_BYTES, datasetTooLarge } from '@/data/dataset-limits'
import { DatasetError } from '@/data/dataset-error'
import { type BodyFile, readBody } from '@/data/read-body'
import {
  VERIFIED_DATASET_DIGEST,
  readVerifiedDataset,
} from '@/data/verified-dataset'
import type { MessageKey } from '@/domain/i18n'
import type { Dataset } from '@/domain/types'

/** The validation pipeline (and zod) load only for a text the build did not validate. */
async function validateText(text: string): Promise<Dataset> {
  const [{ parseDatasetText }, { validateDatasetLenient }] = await Promise.all([
    import('@/data/validate-dataset'),
    import('@/data/lenient-dataset'),
  ])
  return parseDatasetText(text, validateDatasetLenient)
}

/** A dataset request is abandoned after this long. */
export const LOAD_TIMEOUT_MS = 15_000

function isJsonContentType(contentType: string | null): boolean {
  if (contentType === null) return false
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  return type === 'application/json' || type.endsWith('+json')
}

export async function loadDataset(
  url: string,
  signal?: AbortSignal,
  timeoutMs: number = LOAD_TIMEOUT_MS,
  verifiedDigest: string | undefined = VERIFIED_DATASET_DIGEST,
): Promise<Dataset> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  const timedOut = (what: string, key: MessageKey) =>
    new DatasetError('timeout', `${what} within ${timeoutMs / 1000} s`, {
      url,
      text: { key, values: { seconds: timeoutMs / 1000 } },
    })
  let response: Response
  try {
    response = await fetch(url, {
      signal: combined,
      headers: { Accept: 'application/json' },
    })
  } catch (error) {
    if (timeout.aborted)
      throw timedOut(
        'The dataset server did not answer',
        'status.error.noAnswer',
      )
    if (signal?.aborted) throw error
    throw new DatasetError(
      'network',
      'The dataset could not be fetched: the network failed or the server does not allow this site to read it (CORS)',
      { url, text: { key: 'status.error.network' } },
    )
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
    throw new DatasetError('http', `The dataset server answered ${status}`, {
      status: response.status,
      url,
      text: { key: 'status.error.http', values: { status } },
    })
  }
  const contentType = response.headers.get('content-type')
  if (!isJsonContentType(contentType)) {
    const type = contentType?.split(';')[0]
    throw new DatasetError(
      'content-type',
      `The server sent ${type ?? 'an untyped answer'} instead of JSON: is the URL right?`,
      {
        url,
        text:
          type === undefined
            ? { key: 'status.error.untyped', values: { format: 'JSON' } }
            : {
                key: 'status.error.contentType',
                values: { type, format: 'JSON' },
              },
      },
    )
  }
  const length = Number(response.headers.get('content-length'))
  if (Number.isFinite(length) && length > MAX_DATASET_BYTES) {
    const size = (length / 1024 / 1024).toFixed(1)
    const limit = MAX_DATASET_BYTES / 1024 / 1024
    throw new DatasetError(
      'too-large',
      `The dataset is ${size} MB, over the ${limit} MB limit`,
      {
        url,
        text: { key: 'status.error.datasetTooLarge', values: { size, limit } },
      },
    )
  }
  let file: BodyFile | undefined
  try {
    file = await readBody(response.body, MAX_DATASET_BYTES)
  } catch (error) {
    if (timeout.aborted)
      throw timedOut(
        'The dataset did not finish downloading',
        'status.error.notDownloaded',
      )
    throw error
  }
  if (!file) throw datasetTooLarge()
  return (
    (await readVerifiedDataset(file, verifiedDigest)) ?? validateText(file.text)
  )
}
