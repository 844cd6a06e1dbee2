/** What only printing needs: the Print button and the footer printed under the page. */
import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

import { drawAllCharts, onDrawAll } from '@/charts/draw-all'
import { formatAsOfDate } from '@/domain/format'

/** Draws every chart, then opens the browser's print dialog. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => {
        drawAllCharts()
        window.print()
      }}
    >
      Print
    </button>
  )
}

/**
 * Printed only (hidden on screen): where the page came from, as of when, and
 * where its sources are. The URL is read when printing starts, so it carries
 * the filters in force.
 */
export function PrintFooter({ asOfMs }: { asOfMs: number }) {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(
    () => onDrawAll(() => flushSync(() => setUrl(window.location.href))),
    [],
  )
  if (url === null) return null
  return (
    <footer className="print-only print-footer">
      <p>
        Printed from <span className="break">{url}</span>
      </p>
      <p>
        Data as of {formatAsOfDate(asOfMs)}. Every figure names its sources; the
        full list with links is under “Sources”.
      </p>
    </footer>
  )
}
