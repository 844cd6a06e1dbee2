/**
 * One popover open at a time across the page: opening one closes the one
 * open before it, whichever figure it belongs to.
 */
let closeOpen: (() => void) | null = null

/** Registers `close` as the open popover's; returns the release to call when it closes. */
export function claimOpen(close: () => void): () => void {
  if (closeOpen !== null && closeOpen !== close) closeOpen()
  closeOpen = close
  return () => {
    if (closeOpen === close) closeOpen = null
  }
}
