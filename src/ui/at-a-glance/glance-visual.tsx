import type { GlanceVisual as Visual } from '@/domain/glance/card'

const W = 120
const H = 28
const PAD = 2

/** A step line scaled into a small box; its last point (the as-of date) marked. */
function Sparkline({
  points,
  label,
}: {
  points: readonly (readonly [number, number])[]
  label: string
}) {
  if (points.length === 0) return null
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  const x0 = Math.min(...xs)
  const dx = Math.max(...xs) - x0 || 1
  const dy = Math.max(...ys, 0) || 1
  const sx = (x: number) => PAD + ((x - x0) / dx) * (W - 2 * PAD)
  const sy = (y: number) => H - PAD - (y / dy) * (H - 2 * PAD)
  let d = ''
  points.forEach(([x, y], i) => {
    d +=
      i === 0
        ? `M${sx(x).toFixed(1)} ${sy(y).toFixed(1)}`
        : `H${sx(x).toFixed(1)}V${sy(y).toFixed(1)}`
  })
  const [lx, ly] = points[points.length - 1]!
  return (
    <svg
      className="glance-spark"
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <path className="glance-spark__line" d={d} />
      <circle className="glance-spark__end" cx={sx(lx)} cy={sy(ly)} r="2.5" />
    </svg>
  )
}

/** Progress bars, one per source; the figures above say the same in words. */
function Bars({ bars }: { bars: readonly { label: string; ratio: number }[] }) {
  return (
    <div
      className={`glance-bars${bars.length > 1 ? ' glance-bars--multi' : ''}`}
      aria-hidden="true"
    >
      {bars.map((b) => (
        <div className="glance-bar" key={b.label}>
          {bars.length > 1 && (
            <span className="glance-bar__label">{b.label}</span>
          )}
          <svg
            className="glance-bar__track"
            viewBox="0 0 100 8"
            preserveAspectRatio="none"
          >
            <rect className="glance-bar__bg" width="100" height="8" rx="2" />
            <rect
              className="glance-bar__fill"
              width={Math.max(0, Math.min(1, b.ratio)) * 100}
              height="8"
              rx="2"
            />
          </svg>
        </div>
      ))}
    </div>
  )
}

export function GlanceVisual({ visual }: { visual: Visual }) {
  switch (visual.kind) {
    case 'sparkline':
      return <Sparkline points={visual.points} label={visual.label} />
    case 'bars':
      return <Bars bars={visual.bars} />
    case 'none':
      return null
  }
}
