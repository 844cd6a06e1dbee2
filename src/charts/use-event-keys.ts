/**
 * The keyboard of an interactive time chart: ONE tab stop per chart.
 *
 * Only the chart surface (Recharts' accessibility layer, role "application")
 * is in the tab order. On it, Left and Right move the tooltip from date to
 * date, Enter pins it (Escape or Close unpins), and Down steps into the event
 * markers, at the marker nearest the current date. The markers are a roving
 * group that is never itself in the tab order (every marker has tabindex -1):
 * Left/Right, Home/End move between markers, Enter or Space opens a marker's
 * events, Escape closes them, and Up (or Escape with nothing open) returns to
 * the dates. Tab leaves the chart from either place.
 */
import { type KeyboardEvent, type RefObject, useId, useState } from 'react'

import type { MarkerFocus } from '@/charts/event-marker'
import type { MarkerCluster } from '@/charts/marker-clusters'
import { nearestIndex } from '@/charts/roving-index'
import { useRovingFocus } from '@/charts/use-roving-focus'

/** The chart surface: the one element of a chart in the tab order. */
const SURFACE = '[role="application"]'

interface EventKeysOptions {
  clusters: readonly MarkerCluster[]
  /** Where the clusters' x (plot pixels) starts in the chart's pixels. */
  plotLeft: number
  /** The pixel column of the date the tooltip is on, if any. */
  activeLeft: () => number | undefined
  wrapperRef: RefObject<HTMLDivElement | null>
}

export function useEventKeys({
  clusters,
  plotLeft,
  activeLeft,
  wrapperRef,
}: EventKeysOptions) {
  const roving = useRovingFocus(clusters.length)
  const [open, setOpen] = useState<number | undefined>(undefined)
  const popoverId = useId()
  const toChart = () =>
    wrapperRef.current?.querySelector<SVGElement>(SURFACE)?.focus()
  const focusOf = (i: number): MarkerFocus => ({
    tabIndex: -1,
    ref: roving.ref(i),
    onKeyDown: (e) => {
      if (e.key === 'ArrowUp' || (e.key === 'Escape' && open === undefined)) {
        e.preventDefault()
        e.stopPropagation()
        toChart()
      } else if (e.key === 'Escape') setOpen(undefined)
      else roving.onKeyDown(i)(e)
    },
    onFocus: roving.onFocus(i),
    onToggle: () => setOpen(open === i ? undefined : i),
    expanded: open === i,
    popoverId,
  })
  return {
    /** The cluster whose events are open. */
    open,
    close: () => setOpen(undefined),
    popoverId,
    focusOf,
    /** For the chart's frame: Down on the surface steps into the markers; true when it did. */
    onChartKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'ArrowDown' || clusters.length === 0) return false
      if (!(e.target as Element).matches(SURFACE)) return false
      e.preventDefault()
      const at = activeLeft()
      roving.focus(
        nearestIndex(
          clusters.map((c) => plotLeft + c.x),
          at,
        ),
      )
      return true
    },
  }
}
