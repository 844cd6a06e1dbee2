/** Where datasets come from: the bundled file, or `?data=<url>`. */
import { isSafeHttpUrl } from '@/domain/urls'

/** The bundled dataset, served from `data/` at `/data/` (see vite.config.ts). */
export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/commitments.json`

/** The query parameter that points the app at another dataset. */
export const DATA_PARAM = 'data'

/** A relative or absolute URL → absolute, against the page's base URL. */
export function resolveDatasetUrl(url: string, baseUrl: string): string {
  return new URL(url, baseUrl).href
}

/**
 * Reads `?data=` from a query string; any value that cannot form a URL falls
 * back to the bundled dataset, as does an empty one.
 */
export function datasetUrlFromSearch(search: string, baseUrl: string): string {
  const param = new URLSearchParams(search).get(DATA_PARAM)?.trim()
  const fallback = resolveDatasetUrl(BUNDLED_DATASET_URL, baseUrl)
  if (!param) return fallback
  try {
    const url = new URL(param, baseUrl).href
    return isSafeHttpUrl(url) ? url : fallback
  } catch {
    return fallback
  }
}
