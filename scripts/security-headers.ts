/**
 * The security headers the app is built to run under (no inline script, no eval,
 * no inline style attributes). The e2e server sends them on every response, so a
 * violation fails the tests; `public/_headers` carries the same for static hosts.
 * `connect-src` allows any http(s) origin because `?data=<url>` may point anywhere.
 * `worker-src`/`manifest-src` let the offline service worker and the web app
 * manifest load. Only embeds (`/embed/*`) may be framed, by any site.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
]

export const CONTENT_SECURITY_POLICY = [
  ...POLICY,
  "frame-ancestors 'none'",
].join('; ')

/** The policy of `/embed/*`: the same, but any site may frame it. */
export const EMBED_CONTENT_SECURITY_POLICY = [
  ...POLICY,
  'frame-ancestors *',
].join('; ')

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

export const EMBED_PATH_PREFIX = '/embed/'

/** The headers of a request path (matched by path only, as static hosts do). */
export function securityHeadersFor(
  path: string,
): Readonly<Record<string, string>> {
  return path.startsWith(EMBED_PATH_PREFIX)
    ? {
        ...SECURITY_HEADERS,
        'Content-Security-Policy': EMBED_CONTENT_SECURITY_POLICY,
      }
    : SECURITY_HEADERS
}
