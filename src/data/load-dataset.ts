/** fetch → check the answer → parse → validate: the only way a dataset enters the app. */
import { DatasetError } from '@/data/dataset-error'
import { validateDatasetLenient } from '@/data/lenient-dataset'
import { MAX_DATASET_BYTES, parseDatasetText } from '@/data/validate-dataset'
import type { Dataset } from '@/domain/types'

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
): Promise<Dataset> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(url, {
      signal: combined,
      headers: { Accept: 'application/json' },
    })
  } catch (error) {
    if (timeout.aborted)
      throw new DatasetError(
        'timeout',
        `The dataset server did not answer within ${timeoutMs / 1000} s`,
        { url },
      )
    if (signal?.aborted) throw error
    throw new DatasetError(
      'network',
      'The dataset could not be fetched: the network failed or the server does not allow this site to read it (CORS)',
      { url },
    )
  }
  if (!response.ok)
    throw new DatasetError(
      'http',
      `The dataset server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      { status: response.status, url },
    )
  const contentType = response.headers.get('content-type')
  if (!isJsonContentType(contentType))
    throw new DatasetError(
      'content-type',
      `The server sent ${contentType?.split(';')[0] ?? 'an untyped answer'} instead of JSON: is the URL right?`,
      { url },
    )
  const length = Number(response.headers.get('content-length'))
  if (Number.isFinite(length) && length > MAX_DATASET_BYTES)
    throw new DatasetError(
      'too-large',
      `The dataset is ${(length / 1024 / 1024).toFixed(1)} MB, over the ${MAX_DATASET_BYTES / 1024 / 1024} MB limit`,
      { url },
    )
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    if (timeout.aborted)
      throw new DatasetError(
        'timeout',
        `The dataset did not finish downloading within ${timeoutMs / 1000} s`,
        { url },
      )
    throw error
  }
  return parseDatasetText(text, validateDatasetLenient)
}
