/** The roving-tabindex key map: which item gets focus after a key, or undefined when the key is not ours. */
export function nextRovingIndex(
  key: string,
  current: number,
  count: number,
): number | undefined {
  if (count === 0) return undefined
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, current + 1)
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, current - 1)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return undefined
  }
}

/** The index of the position nearest `at` (the first on a tie), or 0 when `at` is unknown. */
export function nearestIndex(
  positions: readonly number[],
  at: number | undefined,
): number {
  if (at === undefined) return 0
  let best = 0
  positions.forEach((p, i) => {
    if (Math.abs(p - at) < Math.abs(positions[best]! - at)) best = i
  })
  return best
}
