/**
 * The captioned chart: a <figure> named by its title and described by its
 * summary, with subtitle, takeaway, chart, legend, source line, as-of stamp, a
 * table toggle and a slot for actions (export). The full summary and the
 * notes sit behind "Details" (closed, still in the DOM, so the summary stays
 * the figure's accessible description). It never computes data.
 */
import { lazy, type ReactNode, Suspense, useId, useState } from 'react'

import { ChartLegend } from '@/charts/chart-legend'
import type { LegendItem } from '@/charts/legend-items'
import { useLang } from '@/i18n/lang-context'
import type { FigureTable } from '@/domain/figure-table'

export interface ChartFrameProps {
  id: string
  title: string
  subtitle: string
  summary: string
  /** One or two sentences shown first, above the chart. */
  takeaway: string
  legend: readonly LegendItem[]
  notes: readonly string[]
  /** Known gaps, in a disclosure. */
  gaps: readonly string[]
  /** "Sources: STR; MOFCOM; …" */
  sourceLine: string
  asOfLine: string
  table: FigureTable
  /** Export menu, placed by the app. */
  actions?: ReactNode
  /** Controls specific to this figure (e.g. series toggles). */
  controls?: ReactNode
  /** Content under the chart (event list, countdown details). */
  footer?: ReactNode
  children: ReactNode
}

/** The table view loads on first use: the first view does not need it. */
const DataTable = lazy(() =>
  import('@/charts/data-table').then((m) => ({ default: m.DataTable })),
)

export function ChartFrame(props: ChartFrameProps) {
  const uid = useId()
  const titleId = `${uid}-title`
  const summaryId = `${uid}-summary`
  const [showTable, setShowTable] = useState(false)
  const lang = useLang()
  return (
    <figure
      className="chart-frame"
      id={props.id}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
    >
      <div className="chart-frame__head">
        <div>
          <h3 id={titleId} className="chart-frame__title">
            {props.title}
          </h3>
          <p className="chart-frame__subtitle">{props.subtitle}</p>
        </div>
        <div className="chart-frame__actions">
          <button
            type="button"
            aria-pressed={showTable}
            onClick={() => setShowTable((v) => !v)}
          >
            {lang.t(
              showTable ? 'charts.frame.hideTable' : 'charts.frame.showTable',
            )}
          </button>
          {props.actions}
        </div>
      </div>
      <p className="chart-frame__takeaway">{props.takeaway}</p>
      {props.controls}
      <div className="chart-frame__chart">{props.children}</div>
      <ChartLegend items={props.legend} />
      <figcaption>
        <details className="chart-frame__details">
          <summary>{lang.t('charts.frame.details')}</summary>
          <p id={summaryId} className="chart-frame__summary">
            {props.summary}
          </p>
          {props.notes.length > 0 && (
            <ul className="chart-frame__notes">
              {props.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </details>
        {props.gaps.length > 0 && (
          <details className="chart-frame__gaps">
            <summary>
              {lang.t('charts.frame.gaps', { count: props.gaps.length })}
            </summary>
            <ul>
              {props.gaps.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          </details>
        )}
        <p className="chart-frame__source">
          {props.sourceLine} · {props.asOfLine}
        </p>
      </figcaption>
      {props.footer}
      {showTable && (
        <Suspense
          fallback={<p role="status">{lang.t('charts.frame.loadingTable')}</p>}
        >
          <DataTable table={props.table} />
        </Suspense>
      )}
    </figure>
  )
}
