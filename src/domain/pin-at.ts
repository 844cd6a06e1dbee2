/**
 * The date a click or tap is on: the row nearest the pointer's pixel column on
 * a linear time axis, the same row Recharts' hover tooltip shows there. Pure,
 * so a tap pins the date under the finger without waiting for Recharts'
 * (throttled) pointer state, which on touch lags behind the click.
 */

export interface PlotAxis {
  /** The visible time span, epoch ms. */
  domain: readonly [number, number]
  /** Where the plot starts in the chart, and its width, in pixels. */
  left: number
  width: number
}

/** A row's x and its pixel column in the chart. */
export interface PinPoint {
  x: number
  left: number
}

/**
 * The visible row nearest `pointerX` (chart pixels), or undefined when the
 * pointer is outside the plot or no row is visible.
 */
export function rowAtPixel(
  xs: readonly number[],
  axis: PlotAxis,
  pointerX: number,
): PinPoint | undefined {
  const [d0, d1] = axis.domain
  if (d1 <= d0 || axis.width <= 0) return undefined
  if (pointerX < axis.left || pointerX > axis.left + axis.width)
    return undefined
  let best: PinPoint | undefined
  for (const x of xs) {
    if (x < d0 || x > d1) continue
    const left = axis.left + ((x - d0) / (d1 - d0)) * axis.width
    if (!best || Math.abs(left - pointerX) < Math.abs(best.left - pointerX))
      best = { x, left }
  }
  return best
}
