/** Stacks event markers that would overlap into up to `maxRows` rows (greedy, left to right). */
export function assignMarkerRows(
  pixelXs: readonly number[],
  minGapPx: number,
  maxRows: number,
): number[] {
  const lastInRow: number[] = []
  return pixelXs.map((x) => {
    for (let row = 0; row < maxRows; row++) {
      const last = lastInRow[row]
      if (last === undefined || x - last >= minGapPx) {
        lastInRow[row] = x
        return row
      }
    }
    // Every row is crowded: reuse the row whose last marker is furthest left.
    const row = lastInRow.indexOf(Math.min(...lastInRow))
    lastInRow[row] = x
    return row
  })
}
