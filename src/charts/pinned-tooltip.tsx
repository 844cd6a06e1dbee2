/**
 * A tooltip the reader can pin: a click, tap or Enter on the chart keeps the
 * values of that date open, in a panel with a Close button and clickable
 * source links, until Escape, Close or a click outside the chart. Pinned
 * state is component state (not in the URL).
 */
import {
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react'
import { useActiveTooltipCoordinate, useActiveTooltipLabel } from 'recharts'

import { placeBeside } from '@/domain/placement'
import { useLang } from '@/i18n/lang-context'

/** A pinned date: its x value and the pixel column it was pinned at. */
export interface Pin {
  x: number
  left: number
}

/** Recharts' `onClick` argument, as far as pinning needs it. */
interface ChartClick {
  activeLabel?: string | number | undefined
  activeCoordinate?: { x: number } | undefined
}

const GAP_PX = 12
/** The chart surface (Recharts' accessibility layer). */
const SURFACE = '[role="application"]'
/** As wide as a hover tooltip at most (22rem). */
const MAX_WIDTH_PX = 352

/**
 * Rendered inside a Recharts chart: keeps `target` on the date the hover or
 * keyboard cursor is on, so Enter can pin it.
 */
export function ActiveDateReporter({
  onActive,
}: {
  onActive: (pin: Pin | null) => void
}) {
  const label = useActiveTooltipLabel()
  const coordinate = useActiveTooltipCoordinate()
  useEffect(() => {
    onActive(
      typeof label === 'number' && coordinate
        ? { x: label, left: coordinate.x }
        : null,
    )
  }, [onActive, label, coordinate])
  return null
}

/**
 * State and handlers for one chart's pinned tooltip. `locate` turns a
 * pointer's column (chart pixels) into the date there (domain/pin-at.ts): a
 * click or tap pins that date, not Recharts' pointer state, which on touch
 * still holds the previous position when the click arrives.
 */
export function usePinnedTooltip(
  locate?: (pointerX: number) => Pin | undefined,
) {
  const [pin, setPin] = useState<Pin | null>(null)
  const wrapper = useRef<HTMLDivElement>(null)
  const active = useRef<Pin | null>(null)
  const down = useRef<number | undefined>(undefined)
  const onActive = useCallback((p: Pin | null) => {
    active.current = p
  }, [])
  const unpin = (refocus: boolean) => {
    setPin(null)
    if (refocus)
      wrapper.current?.querySelector<SVGElement>('[tabindex="0"]')?.focus()
  }
  const unpinRef = useRef(unpin)
  useEffect(() => {
    unpinRef.current = unpin
  })
  useEffect(() => {
    if (pin === null) return
    const onPointerDown = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) unpinRef.current(false)
    }
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return
      const inside = wrapper.current?.contains(document.activeElement) ?? false
      unpinRef.current(inside)
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [pin])
  return {
    pin,
    wrapperRef: wrapper,
    onActive,
    /** The pixel column of the date the hover or keyboard cursor is on. */
    activeLeft: () => active.current?.left,
    unpin,
    /** For the chart's onClick: pins the clicked (or tapped) date. */
    onChartClick: (
      state: ChartClick | null | undefined,
      event?: { clientX?: number },
    ) => {
      const surface = wrapper.current?.querySelector(SURFACE)
      // Where the finger or pointer went down: Chromium moves a tap's click
      // towards a nearby target ("touch adjustment"), several pixels off.
      const clientX = down.current ?? event?.clientX
      down.current = undefined
      if (locate && surface && clientX !== undefined) {
        const at = locate(clientX - surface.getBoundingClientRect().left)
        if (at) setPin(at)
        return
      }
      const x = state?.activeLabel
      const left = state?.activeCoordinate?.x
      // Recharts' click state, else the date the hover cursor is on.
      const at =
        typeof x === 'number' && left !== undefined
          ? { x, left }
          : active.current
      if (at !== null) setPin(at)
    },
    /** For the wrapper's onPointerDown: where a click or tap starts. */
    onPointerDown: (e: ReactPointerEvent<HTMLDivElement>) => {
      down.current = e.clientX
    },
    /** For the wrapper's onKeyDown: Enter on the chart pins the active date. */
    onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.key !== 'Enter' || active.current === null) return
      if ((e.target as Element).closest('.pinned-tooltip')) return
      e.preventDefault()
      setPin(active.current)
    },
  }
}

interface PinnedTooltipProps {
  pin: Pin
  /** "Values on 20 Nov 2025": names the panel. */
  label: string
  /** The chart's size: the panel stays inside it. */
  width: number
  height: number
  onClose: () => void
  children: ReactNode
}

/** The pinned panel, beside the pinned date and inside the chart's frame. */
export function PinnedTooltip({
  pin,
  label,
  width,
  height,
  onClose,
  children,
}: PinnedTooltipProps) {
  const lang = useLang()
  const ref = useRef<HTMLDivElement>(null)
  const close = useRef<HTMLButtonElement>(null)
  const labelId = useId()
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const size = el.getBoundingClientRect().width
    el.style.left = `${placeBeside(pin.left, size, width, GAP_PX)}px`
  }, [pin, width])
  useEffect(() => {
    close.current?.focus({ preventScroll: true })
  }, [pin])
  return (
    <div
      ref={ref}
      className="chart-tooltip pinned-tooltip"
      role="dialog"
      aria-labelledby={labelId}
      style={{ maxWidth: Math.min(width, MAX_WIDTH_PX), maxHeight: height }}
    >
      <div className="pinned-tooltip__head">
        <span id={labelId} className="visually-hidden">
          {label}
        </span>
        <button
          ref={close}
          type="button"
          className="pinned-tooltip__close"
          onClick={onClose}
        >
          {lang.t('charts.close')}
        </button>
      </div>
      {children}
    </div>
  )
}
