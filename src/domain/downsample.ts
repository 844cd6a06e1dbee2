/**
 * Display downsampling for long series (tables and CSV keep every point).
 * Linear lines: Largest-Triangle-Three-Buckets keeps the visual shape.
 * Step lines: only the points where the value changes matter.
 */

export interface XY {
  x: number
  y: number | null
}

/** Largest-Triangle-Three-Buckets (Steinarsson 2013): `threshold` points that keep the shape. */
export function lttb<T extends XY>(
  points: readonly T[],
  threshold: number,
): T[] {
  const data = points.filter((p) => p.y !== null)
  if (threshold >= data.length || threshold < 3) return [...data]
  const out: T[] = [data[0]!]
  const every = (data.length - 2) / (threshold - 2)
  let a = 0
  for (let i = 0; i < threshold - 2; i++) {
    const nextStart = Math.floor((i + 1) * every) + 1
    const nextEnd = Math.min(Math.floor((i + 2) * every) + 1, data.length)
    let avgX = 0
    let avgY = 0
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += data[j]!.x
      avgY += data[j]!.y!
    }
    const n = Math.max(1, nextEnd - nextStart)
    avgX /= n
    avgY /= n
    const start = Math.floor(i * every) + 1
    const end = Math.floor((i + 1) * every) + 1
    const pa = data[a]!
    let best = start
    let bestArea = -1
    for (let j = start; j < end; j++) {
      const p = data[j]!
      const area = Math.abs(
        (pa.x - avgX) * (p.y! - pa.y!) - (pa.x - p.x) * (avgY - pa.y!),
      )
      if (area > bestArea) {
        bestArea = area
        best = j
      }
    }
    out.push(data[best]!)
    a = best
  }
  out.push(data[data.length - 1]!)
  return out
}

/** A step line's points without the repeats: the first of each run of equal values, plus the last point. */
export function collapseSteps<T extends XY>(points: readonly T[]): T[] {
  const out: T[] = []
  points.forEach((p, i) => {
    const prev = points[i - 1]
    if (prev === undefined || prev.y !== p.y || i === points.length - 1)
      out.push(p)
  })
  return out
}

/** Points per line above which a line is downsampled for display. */
export const MAX_POINTS_PER_LINE = 1000
/** Total points across lines a chart is given at most: about 1.5 per pixel column of a 1100 px plot, shared by its lines (Recharts works per row × line). */
export const MAX_POINTS_PER_CHART = 1600

/** Downsampled points of one line, given how many lines share the chart. */
export function downsampleLine<T extends XY>(
  points: readonly T[],
  curve: 'step' | 'linear',
  lineCount: number,
): T[] {
  const budget = Math.max(
    100,
    Math.min(
      MAX_POINTS_PER_LINE,
      Math.floor(MAX_POINTS_PER_CHART / Math.max(1, lineCount)),
    ),
  )
  if (points.length <= budget) return [...points]
  if (curve === 'step') {
    const collapsed = collapseSteps(points)
    return collapsed.length <= budget ? collapsed : lttb(collapsed, budget)
  }
  return lttb(points, budget)
}
