/**
 * "Draw every chart now": before printing (the browser's `beforeprint`, or
 * the Print button, which calls drawAllCharts() before window.print()),
 * charts still waiting to come into view are drawn at once, so no placeholder
 * is printed.
 */
const DRAW_ALL = 'truce-tracker:draw-all-charts'

export function drawAllCharts() {
  window.dispatchEvent(new Event(DRAW_ALL))
}

/** Calls `draw` when every chart must be drawn; returns the unsubscribe. */
export function onDrawAll(draw: () => void): () => void {
  window.addEventListener(DRAW_ALL, draw)
  window.addEventListener('beforeprint', draw)
  return () => {
    window.removeEventListener(DRAW_ALL, draw)
    window.removeEventListener('beforeprint', draw)
  }
}
