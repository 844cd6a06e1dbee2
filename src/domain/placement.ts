/**
 * Where to put a floating box (tooltip, popover) on one axis so that it stays
 * inside [0, limit]. Pure arithmetic, in pixels.
 */

/**
 * Start of a box of `size` that must lie within [margin, limit − margin],
 * as close to `start` as possible. A box too big to fit starts at `margin`.
 */
export function clampInto(
  start: number,
  size: number,
  limit: number,
  margin = 0,
): number {
  const max = limit - margin - size
  if (max < margin) return margin
  return Math.min(Math.max(start, margin), max)
}

/**
 * Start of a box of `size` beside a point at `anchor`: after it (plus `gap`)
 * when that fits in [0, limit], else before it, else clamped into the range.
 */
export function placeBeside(
  anchor: number,
  size: number,
  limit: number,
  gap: number,
): number {
  if (anchor + gap + size <= limit) return anchor + gap
  if (anchor - gap - size >= 0) return anchor - gap - size
  return clampInto(anchor - size / 2, size, limit)
}
