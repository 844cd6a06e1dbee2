/**
 * Event markers that would touch are merged into one cluster marker, so no two
 * markers of a chart overlap at any width. Pure: pixel positions in, clusters out.
 */

export interface MarkerCluster {
  /** Index of the cluster's first and last marker in the input (inclusive). */
  first: number
  last: number
  /** Pixel x of the cluster's marker: the middle of its events' extent. */
  x: number
  /** Visible text: the event number, or the first and last number ('5–7'). */
  label: string
  /** Drawn width of the marker in pixels. */
  width: number
}

/** Width of a marker showing `label`: a 24 px circle, or a pill for ranges. */
export function markerWidth(label: string): number {
  return Math.max(24, Math.round(label.length * 6.5 + 10))
}

function clusterOf(
  points: readonly { x: number; n: number }[],
  first: number,
  last: number,
): MarkerCluster {
  const a = points[first]!
  const b = points[last]!
  const label = first === last ? String(a.n) : `${a.n}–${b.n}`
  return { first, last, x: (a.x + b.x) / 2, label, width: markerWidth(label) }
}

/**
 * Groups markers (sorted by x) so that neighbouring markers keep at least
 * `gapPx` between their edges. Merging moves a cluster to its middle, which can
 * bring it close to the next one, so merging repeats until nothing touches.
 */
export function clusterMarkers(
  points: readonly { x: number; n: number }[],
  gapPx: number,
): MarkerCluster[] {
  let clusters = points.map((_, i) => clusterOf(points, i, i))
  for (;;) {
    const i = clusters.findIndex((c, k) => {
      const next = clusters[k + 1]
      return (
        next !== undefined && next.x - c.x < (c.width + next.width) / 2 + gapPx
      )
    })
    if (i < 0) return clusters
    const merged = clusterOf(points, clusters[i]!.first, clusters[i + 1]!.last)
    clusters = [...clusters.slice(0, i), merged, ...clusters.slice(i + 2)]
  }
}
