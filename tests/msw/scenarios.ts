/** Named one-shot overrides, used inside a test with `server.use(...)`. */
import { HttpResponse, type JsonBodyType, delay, http } from 'msw'

import { DATASET_URL } from './handlers'

export function datasetFails(status: number, url: string = DATASET_URL) {
  return http.get(url, () => new HttpResponse('Server error', { status }), {
    once: true,
  })
}

export function datasetAnswers(body: JsonBodyType, url: string = DATASET_URL) {
  return http.get(url, () => HttpResponse.json(body))
}

export function datasetText(
  text: string,
  contentType: string,
  url: string = DATASET_URL,
) {
  return http.get(
    url,
    () => new HttpResponse(text, { headers: { 'Content-Type': contentType } }),
  )
}

export function datasetNetworkError(url: string = DATASET_URL) {
  return http.get(url, () => HttpResponse.error(), { once: true })
}

export function datasetNeverAnswers(url: string = DATASET_URL) {
  return http.get(url, async () => {
    await delay('infinite')
    return HttpResponse.json({})
  })
}
