import { type ReactNode, useEffect, useRef, useState } from 'react'

interface DeferredProps {
  /** Space kept while the chart is not drawn, so the page does not jump. */
  height: number
  children: ReactNode
}

/**
 * Draws its children only once they come within a screen of the viewport, so
 * the first chart paints before the ones below the fold are laid out. Where
 * IntersectionObserver is missing (jsdom, old browsers) it draws at once.
 */
export function Deferred({ height, children }: DeferredProps) {
  const ref = useRef<HTMLDivElement>(null)
  const [visible, setVisible] = useState(
    () => typeof IntersectionObserver === 'undefined',
  )
  useEffect(() => {
    if (visible || !ref.current) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setVisible(true)
      },
      { rootMargin: '100% 0px' },
    )
    observer.observe(ref.current)
    return () => observer.disconnect()
  }, [visible])
  if (visible) return <>{children}</>
  return (
    <div ref={ref} className="deferred-chart" style={{ minHeight: height }}>
      <span className="muted">Chart below: drawn when scrolled into view.</span>
    </div>
  )
}
