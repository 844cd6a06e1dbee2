/**
 * The digest of a file: its size in bytes (base 36) and the SHA-256 of its
 * bytes, `'6bx8-3f1a…'`. The build records the digest of the bundled dataset
 * it validated, and the browser skips re-validating a download with the same
 * digest (src/data/verified-dataset.ts). Not a security measure: a host that
 * could forge a matching file could as well serve different JavaScript.
 *
 * SHA-256 comes from Web Crypto, which hashes on a thread of its own: the main
 * thread only hands it the downloaded bytes (hashing the decoded text meant
 * encoding it to UTF-8 again first, ~12 ms at 1× in the app's start). Web
 * Crypto exists only in secure contexts (https, localhost): elsewhere there
 * is no digest, and the file is validated in full instead.
 */
/** Whether `digest` is of a file of `size` bytes. */
export const hasSize = (digest: string, size: number) =>
  digest.startsWith(`${size.toString(36)}-`)

/** The bytes' digest, or undefined where the browser offers no Web Crypto. */
export async function fileDigest(
  bytes: BufferSource,
): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined
  if (!subtle) return undefined
  const hash = await subtle.digest('SHA-256', bytes)
  const hex = Array.from(new Uint8Array(hash), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('')
  return `${bytes.byteLength.toString(36)}-${hex}`
}

/**
 * Whether the file has this digest. A file of another size is told apart
 * without its bytes being joined or hashed: a reader's 8 MB file is not
 * hashed to learn that it is not the bundled one.
 */
export async function hasDigest(
  file: { size: number; bytes: () => BufferSource },
  digest: string,
): Promise<boolean> {
  if (!hasSize(digest, file.size)) return false
  return (await fileDigest(file.bytes())) === digest
}
