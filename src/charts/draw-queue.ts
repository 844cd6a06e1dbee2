/**
 * Charts that came into view are drawn one at a time, in the order they were
 * seen, each in its own task with a paint in between: the first chart shows
 * as soon as it alone is drawn, and no single task draws several charts.
 */
type Draw = () => void

const waiting: Draw[] = []
let drawing: Draw | null = null

function next() {
  if (drawing !== null) return
  const draw = waiting.shift()
  if (draw === undefined) return
  drawing = draw
  draw()
}

/**
 * Queues `draw`; returns a function to call once its chart is committed or
 * unmounted: it leaves the queue, and the next draw starts after a paint.
 */
export function queueDraw(draw: Draw): () => void {
  waiting.push(draw)
  next()
  return () => {
    const i = waiting.indexOf(draw)
    if (i >= 0) waiting.splice(i, 1)
    if (drawing === draw) drawn(draw)
  }
}

/** Call once `draw`'s chart is committed: the next one starts after a paint. */
export function drawn(draw: Draw) {
  if (drawing !== draw) return
  const release = () => {
    if (drawing !== draw) return
    drawing = null
    next()
  }
  // After the next frame is painted, in a new task.
  requestAnimationFrame(() => setTimeout(release, 0))
}
