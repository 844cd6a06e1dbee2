/**
 * The digest of a text: its length (UTF-16 code units, base 36) and the
 * SHA-256 of its UTF-8 bytes, `'6bx8-3f1a…'`. The build records the digest of
 * the bundled dataset it validated, and the browser skips re-validating a
 * download with the same digest (src/data/verified-dataset.ts). Not a
 * security measure: a host that could forge a matching file could as well
 * serve different JavaScript.
 *
 * SHA-256 comes from Web Crypto, which hashes on a thread of its own; the
 * main thread only encodes the text to UTF-8 (~5 ms for the 285 KB file here,
 * with under 1 ms for the digest call), where hashing it in JavaScript took
 * 12-18 ms in the middle of the app's start. Web Crypto exists only in secure contexts
 * (https, localhost): elsewhere there is no digest, and the text is
 * validated in full instead.
 */
const lengthOf = (text: string) => text.length.toString(36)

/** The text's digest, or undefined where the browser offers no Web Crypto. */
export async function textDigest(text: string): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined
  if (!subtle) return undefined
  const hash = await subtle.digest('SHA-256', new TextEncoder().encode(text))
  const hex = Array.from(new Uint8Array(hash), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('')
  return `${lengthOf(text)}-${hex}`
}

/**
 * Whether `text` has this digest. A text of another length is told apart
 * without being hashed: a reader's 8 MB file is not hashed to learn that it
 * is not the bundled one.
 */
export async function hasDigest(
  text: string,
  digest: string,
): Promise<boolean> {
  if (!digest.startsWith(`${lengthOf(text)}-`)) return false
  return (await textDigest(text)) === digest
}
