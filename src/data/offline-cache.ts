/**
 * The service worker's copy of the bundled dataset (scripts/pwa-options.ts):
 * its cache name, and when that copy was saved (its response's `Date`).
 */
export const DATASET_CACHE = 'truce-tracker-dataset'

/** Workbox's broadcast-update message: a cached response changed. */
interface CacheUpdatedMessage {
  type: 'CACHE_UPDATED'
  payload: { cacheName: string; updatedURL: string }
}

export function isDatasetUpdate(data: unknown, url: string): boolean {
  const m = data as Partial<CacheUpdatedMessage> | null
  return (
    m?.type === 'CACHE_UPDATED' &&
    m.payload?.cacheName === DATASET_CACHE &&
    m.payload.updatedURL === url
  )
}

/** When the saved copy of `url` was fetched (epoch ms), or undefined when there is none. */
export async function savedDatasetDate(
  url: string,
): Promise<number | undefined> {
  if (typeof caches === 'undefined') return undefined
  const cache = await caches.open(DATASET_CACHE)
  const response = await cache.match(url)
  const date = Date.parse(response?.headers.get('date') ?? '')
  return Number.isFinite(date) ? date : undefined
}
