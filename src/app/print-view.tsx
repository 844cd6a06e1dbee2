/** What only printing needs: the Print button and the footer printed under the page. */
import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

import { loadChartCode } from '@/charts/chart-code'
import { drawAllCharts, onDrawAll } from '@/charts/draw-all'
import { formatAsOfDate } from '@/domain/format'
import { useLang } from '@/i18n/lang-context'
import { richMessage } from '@/ui/text/rich-message'

/**
 * Draws every chart, then opens the browser's print dialog. The charts' code
 * is fetched first if it has not arrived yet (charts/chart-code.ts); a failed
 * fetch still prints, with the charts' placeholders.
 */
export function PrintButton() {
  const { t } = useLang()
  return (
    <button
      type="button"
      onClick={() => {
        void loadChartCode()
          .catch(() => undefined)
          .then(() => {
            drawAllCharts()
            window.print()
          })
      }}
    >
      {t('controls.print')}
    </button>
  )
}

/**
 * Printed only (hidden on screen): where the page came from, as of when, and
 * where its sources are. The URL is read when printing starts, so it carries
 * the filters in force.
 */
export function PrintFooter({ asOfMs }: { asOfMs: number }) {
  const lang = useLang()
  const [url, setUrl] = useState<string | null>(null)
  useEffect(
    () => onDrawAll(() => flushSync(() => setUrl(window.location.href))),
    [],
  )
  if (url === null) return null
  return (
    <footer className="print-only print-footer">
      <p>
        {richMessage(lang, 'page.print.from', {
          url: <span className="break">{url}</span>,
        })}
      </p>
      <p>{lang.t('page.print.asOf', { date: formatAsOfDate(asOfMs) })}</p>
    </footer>
  )
}
