/**
 * Roving tabindex over a list of items: one tab stop (the last item focused,
 * at first the first), the arrow keys, Home and End move focus between items.
 */
import { type KeyboardEvent, useRef, useState } from 'react'

import { nextRovingIndex } from '@/charts/roving-index'

export interface RovingFocus {
  tabIndexOf: (i: number) => 0 | -1
  ref: (i: number) => (el: Element | null) => void
  onKeyDown: (i: number) => (e: KeyboardEvent) => void
  onFocus: (i: number) => () => void
  /** Moves focus (and the tab stop, if any) to item i. */
  focus: (i: number) => void
}

export function useRovingFocus(count: number): RovingFocus {
  const [active, setActive] = useState(0)
  const items = useRef(new Map<number, Element>())
  const current = Math.min(active, Math.max(0, count - 1))
  const focus = (i: number) => {
    setActive(i)
    const el = items.current.get(i)
    if (el instanceof HTMLElement || el instanceof SVGElement) el.focus()
  }
  return {
    tabIndexOf: (i) => (i === current ? 0 : -1),
    ref: (i) => (el) => {
      if (el) items.current.set(i, el)
      else items.current.delete(i)
    },
    onKeyDown: (i) => (e) => {
      const next = nextRovingIndex(e.key, i, count)
      if (next === undefined) return
      e.preventDefault()
      // The chart's own keyboard layer (data points) must not move too.
      e.stopPropagation()
      focus(next)
    },
    onFocus: (i) => () => setActive(i),
    focus,
  }
}
