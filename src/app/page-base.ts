/**
 * The page's base URL, which dataset URLs resolve against. At build time the
 * default view is prerendered without a document: it resolves against a fixed
 * placeholder, and the browser re-keys everything against its real base URL.
 */
export const PRERENDER_BASE_URI = 'http://prerender.invalid/'

export function pageBaseUri(): string {
  return typeof document === 'undefined' ? PRERENDER_BASE_URI : document.baseURI
}
