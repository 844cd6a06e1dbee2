import {
  type ReactNode,
  startTransition,
  useEffect,
  useRef,
  useState,
} from 'react'
import { flushSync } from 'react-dom'

import { onDrawAll } from '@/charts/draw-all'
import { queueDraw } from '@/charts/draw-queue'
import { useLang } from '@/i18n/lang-context'

interface DeferredProps {
  /** Space kept while the chart is not drawn, so the page does not jump. */
  height: number
  children: ReactNode
}

/**
 * Draws its children only once they come within a screen of the viewport, so
 * the first chart paints before the ones below the fold are laid out. Where
 * IntersectionObserver is missing (jsdom, old browsers) it draws at once. The
 * prerendered page (no window) and its hydration both start with the
 * placeholder, so they match. Charts in view are drawn one at a time
 * (charts/draw-queue.ts).
 */
export function Deferred({ height, children }: DeferredProps) {
  const ref = useRef<HTMLDivElement>(null)
  const lang = useLang()
  const [visible, setVisible] = useState(
    () =>
      typeof window !== 'undefined' &&
      typeof IntersectionObserver === 'undefined',
  )
  useEffect(() => {
    if (visible || !ref.current) return
    let dequeue: (() => void) | undefined
    const observer = new IntersectionObserver(
      (entries) => {
        if (dequeue || !entries.some((e) => e.isIntersecting)) return
        observer.disconnect()
        const show = () =>
          // A transition: React draws the chart in slices and stays responsive.
          startTransition(() => setVisible(true))
        dequeue = queueDraw(show)
      },
      { rootMargin: '100% 0px' },
    )
    observer.observe(ref.current)
    // Printing: drawn synchronously, before the browser lays out the pages.
    const stopDrawAll = onDrawAll(() => flushSync(() => setVisible(true)))
    // Runs when the chart is committed (visible changed) or on unmount: either
    // way this chart is done with the queue, and the next one may start.
    return () => {
      observer.disconnect()
      stopDrawAll()
      dequeue?.()
    }
  }, [visible])
  if (visible) return <>{children}</>
  return (
    <div ref={ref} className="deferred-chart">
      {/* Keeps the chart's height without a style attribute, which the
          prerendered HTML could not carry under the CSP (style-src 'self'). */}
      <svg width="1" height={height} aria-hidden="true" focusable="false" />
      <span className="muted">{lang.t('charts.deferred.placeholder')}</span>
    </div>
  )
}
