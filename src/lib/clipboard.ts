/**
 * Copies a PNG to the clipboard. The promise is handed to ClipboardItem inside
 * the click (Safari requires the write to start in the user gesture); the
 * caller falls back to a download when this resolves to a failure. Failures
 * are reasons, not words: the caller writes them in the reader's language
 * (src/domain/copy-failure.ts).
 */
export async function copyPngToClipboard(
  png: Promise<Blob>,
): Promise<CopyResult> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write)
    return { ok: false, reason: 'no-image-copy' }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })])
    return { ok: true }
  } catch (error) {
    return refused(error)
  }
}

/** Copies text (a link) to the clipboard; resolves to why not when it cannot. */
export async function copyTextToClipboard(text: string): Promise<CopyResult> {
  if (!navigator.clipboard?.writeText)
    return { ok: false, reason: 'no-text-copy' }
  try {
    await navigator.clipboard.writeText(text)
    return { ok: true }
  } catch (error) {
    return refused(error)
  }
}

/** Why a copy failed: the browser cannot copy this kind, or it refused (with its own message, if any). */
export type CopyFailure =
  | { ok: false; reason: 'no-image-copy' | 'no-text-copy' }
  | { ok: false; reason: 'refused'; detail?: string }

export type CopyResult = { ok: true } | CopyFailure

/** Why the browser refused a clipboard write: its own message, when it gives one. */
function refused(error: unknown): CopyFailure {
  return error instanceof Error && error.message
    ? { ok: false, reason: 'refused', detail: error.message }
    : { ok: false, reason: 'refused' }
}
