/**
 * A short digest of a text (cyrb53 over its UTF-16 code units, plus its
 * length): the build records the digest of the bundled dataset it validated,
 * and the browser skips re-validating a download with the same digest
 * (src/data/verified-dataset.ts). Not a security measure: a host that could
 * forge a matching file could as well serve different JavaScript.
 */
export function textDigest(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0)
  return `${text.length.toString(36)}-${hash.toString(36)}`
}
