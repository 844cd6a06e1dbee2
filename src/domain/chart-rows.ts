/** Chart lines thinned and merged into rows, each row's tooltip info built when first shown. */
import { downsampleLine } from '@/domain/downsample'
import { lazy, memoize } from '@/domain/lazy'
import { countWhile } from '@/domain/point-index'
import type {
  ChartLine,
  ChartRow,
  LinePoint,
  LinePoints,
  PointInfo,
} from '@/domain/time-chart'

/**
 * Thins long lines for display (tables and CSV keep every point): step lines
 * keep their changes, linear lines their shape (LTTB). Lines with gaps (null)
 * are short by construction and left alone.
 */
export function thinLines(lines: readonly LinePoints[]): LinePoints[] {
  return lines.map((l) => {
    if (l.points.some((p) => p.y === null)) return l
    const points = downsampleLine(l.points, l.line.curve, lines.length)
    return points.length < l.points.length
      ? { ...l, line: { ...l.line, dense: true }, points }
      : { ...l, points }
  })
}

/** Rows above which a chart's lines are drawn without dots (about one per 2 px of plot). */
export const MAX_DOTTED_ROWS = 500

/** Lines thinned, merged into rows; the lines as drawn (`dense` when dots would not help). */
export function chartRowsAndLines(
  lines: readonly LinePoints[],
  extraXs: readonly number[],
): { rows: readonly ChartRow[]; lines: ChartLine[] } {
  const thinned = thinLines(lines)
  const rows = mergeLines(thinned, extraXs)
  return {
    // Frozen: Recharts keeps chart data in an Immer store, which deep-freezes
    // (walks every row and value, reading each row's lazy info) any unfrozen
    // object it is given, on every update. A frozen array is taken as is.
    rows: Object.freeze(rows),
    lines: thinned.map((l) =>
      rows.length > MAX_DOTTED_ROWS && l.line.dense !== true
        ? { ...l.line, dense: true }
        : l.line,
    ),
  }
}

/**
 * Merges lines into rows on the union of their x values. A step line takes the
 * value in effect at each x (so a tooltip can show it); a linear line only has
 * values at its own points (the chart connects them).
 */
export function mergeLines(
  lines: readonly LinePoints[],
  extraXs: readonly number[] = [],
): ChartRow[] {
  const all: number[] = [...extraXs]
  for (const l of lines) for (const p of l.points) all.push(p.x)
  all.sort((a, b) => a - b)
  const xs = all.filter((x, i) => i === 0 || x !== all[i - 1])
  const infoAt = rowInfo(lines)
  const cursors = lines.map(() => 0)
  return xs.map((x) => {
    const values: Record<string, number | null> = {}
    for (let li = 0; li < lines.length; li++) {
      const pts = lines[li]!.points
      let c = cursors[li]!
      while (c + 1 < pts.length && pts[c + 1]!.x <= x) c++
      cursors[li] = c
      values[lines[li]!.line.key] = valueAt(lines[li]!, c, x)
    }
    // Built when a tooltip first shows this row: most rows are never hovered.
    const info = lazy(() => infoAt(x))
    return {
      x,
      values,
      get info() {
        return info()
      },
    }
  })
}

/**
 * The value of a line at `x`, given the index of its last point at or before x:
 * a step line's value in effect, a linear line's value at its own points only.
 */
function valueAt(l: LinePoints, c: number, x: number): number | null {
  const pts = l.points
  const p = pts[c]
  if (p === undefined || p.x > x) return null
  if (l.line.curve === 'step') return x <= pts[pts.length - 1]!.x ? p.y : null
  return p.x === x ? p.y : null
}

/** Index of the last point at or before x, or 0 when none is (as the merge's cursor). */
function cursorAt(points: readonly LinePoint[], x: number): number {
  return Math.max(0, countWhile(points, (p) => p.x <= x) - 1)
}

/** Tooltip info of every line with a value at x; a point's info is built once per line. */
function rowInfo(
  lines: readonly LinePoints[],
): (x: number) => Record<string, PointInfo> {
  const infoOf = lines.map(({ infoOf: make }) =>
    memoize(
      (p: LinePoint): PointInfo | undefined =>
        p.info?.() ??
        (p.source !== undefined && make !== undefined
          ? make(p.source)
          : undefined),
    ),
  )
  return (x) => {
    const info: Record<string, PointInfo> = {}
    lines.forEach((l, li) => {
      const c = cursorAt(l.points, x)
      if (valueAt(l, c, x) === null) return
      const pi = infoOf[li]!(l.points[c]!)
      if (pi !== undefined) info[l.line.key] = pi
    })
    return info
  }
}
