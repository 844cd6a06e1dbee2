import { useEffect, useLayoutEffect, useRef, useState } from 'react'

import { clampInto } from '@/domain/placement'
import { claimOpen } from '@/ui/open-popover'

/** Space kept between an open panel and the viewport's edges, in px. */
const EDGE_PX = 16

/**
 * A disclosure's open state and behaviour: one open at a time on the page,
 * Escape closes and returns focus to the button, a click outside closes, and
 * the panel is shifted to stay inside the viewport at any width.
 */
export function usePopover() {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const release = claimOpen(() => setOpen(false))
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      setOpen(false)
      buttonRef.current?.focus()
    }
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('pointerdown', onPointerDown)
    return () => {
      release()
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('pointerdown', onPointerDown)
    }
  }, [open])
  useLayoutEffect(() => {
    const panel = panelRef.current
    if (!open || !panel) return
    const place = () => {
      panel.style.transform = ''
      const rect = panel.getBoundingClientRect()
      const limit = document.documentElement.clientWidth
      const shift = clampInto(rect.left, rect.width, limit, EDGE_PX) - rect.left
      if (shift !== 0) panel.style.transform = `translateX(${shift}px)`
    }
    place()
    window.addEventListener('resize', place)
    return () => window.removeEventListener('resize', place)
  }, [open])
  return { open, setOpen, rootRef, buttonRef, panelRef }
}
