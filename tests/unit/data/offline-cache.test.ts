import { describe, expect, it } from 'vitest'

import { DATASET_CACHE, isDatasetUpdate } from '@/data/offline-cache'

const URL_ = 'http://127.0.0.1:4441/data/commitments.json'
const message = (cacheName: string, updatedURL: string) => ({
  type: 'CACHE_UPDATED',
  meta: 'workbox-broadcast-update',
  payload: { cacheName, updatedURL },
})

describe(isDatasetUpdate, () => {
  it.each<[string, unknown, boolean]>([
    ['the dataset cache, this URL', message(DATASET_CACHE, URL_), true],
    ['another cache', message('workbox-precache-v2', URL_), false],
    ['another URL (e.g. ?data=)', message(DATASET_CACHE, `${URL_}?v=2`), false],
    ['another message type', { type: 'SKIP_WAITING' }, false],
    ['no payload', { type: 'CACHE_UPDATED' }, false],
    ['null', null, false],
    ['a string', 'CACHE_UPDATED', false],
  ])('%s → %s', (_name, data, expected) => {
    expect(isDatasetUpdate(data, URL_)).toBe(expected)
  })
})
