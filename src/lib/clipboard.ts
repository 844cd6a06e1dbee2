/**
 * Copies a PNG to the clipboard. The promise is handed to ClipboardItem inside
 * the click (Safari requires the write to start in the user gesture); the
 * caller falls back to a download when this resolves to false.
 */
export async function copyPngToClipboard(
  png: Promise<Blob>,
): Promise<CopyResult> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write)
    return { ok: false, reason: 'this browser cannot copy images' }
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
    return { ok: false, reason: 'this browser cannot copy text' }
  try {
    await navigator.clipboard.writeText(text)
    return { ok: true }
  } catch (error) {
    return refused(error)
  }
}

type CopyResult = { ok: true } | { ok: false; reason: string }

/** Why the browser refused a clipboard write, for the status message. */
function refused(error: unknown): CopyResult {
  return {
    ok: false,
    reason:
      error instanceof Error && error.message
        ? error.message
        : 'the browser refused',
  }
}
