/**
 * One figure alone, for an `<iframe>` on another site (`/embed/<figure-id>`):
 * title, takeaway, chart, legend, source line, as-of date and a link back to
 * the full dashboard; no header, no controls. It posts its height to the host
 * page (README, "Embedding a figure").
 */
import { useEffect, useMemo, useRef } from 'react'

import { useNow } from '@/app/clock'
import { useColorScheme } from '@/app/use-color-scheme'
import { useDatasetUrl } from '@/app/use-dataset-url'
import { useLocationSearch } from '@/app/use-location-search'
import { ChartBody } from '@/charts/chart-body'
import { ChartLegend } from '@/charts/chart-legend'
import { legendFor } from '@/charts/figure-legend'
import { useElementWidth } from '@/charts/use-element-width'
import { describeDatasetError } from '@/data/dataset-error'
import { useDataset } from '@/data/dataset-queries'
import { localizeDataset } from '@/domain/localize-dataset'
import { COMMODITIES } from '@/domain/commodities'
import { startOfUtcDay } from '@/domain/dates'
import {
  dashboardUrlOf,
  EMBED_HEIGHT_MESSAGE,
  type EmbedHeightMessage,
  parseEmbedTheme,
} from '@/domain/embed'
import { findFigure } from '@/domain/figures'
import { parseFilters } from '@/domain/filters'
import { computeAsOfLine, computeSourceLine } from '@/domain/source-line'
import type { Dataset } from '@/domain/types'
import { useLang } from '@/i18n/lang-context'
import '@/styles/embed.css'

/** Posts the content height to the host on load and on every resize. */
function usePostHeight(figure: string) {
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    const el = ref.current
    if (!el || window.parent === window) return
    const post = () => {
      const message: EmbedHeightMessage = {
        type: EMBED_HEIGHT_MESSAGE,
        figure,
        height: Math.ceil(el.getBoundingClientRect().height),
      }
      window.parent.postMessage(message, '*')
    }
    post()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(post)
    observer.observe(el)
    return () => observer.disconnect()
  }, [figure])
  return ref
}

function EmbeddedFigure({
  dataset,
  figureId,
}: {
  dataset: Dataset
  figureId: string
}) {
  const lang = useLang()
  const { t } = lang
  const search = useLocationSearch()
  const scheme = useColorScheme()
  const theme = parseEmbedTheme(search) ?? scheme
  const today = startOfUtcDay(useNow())
  const figure = useMemo(() => {
    // Every commodity: an embed names its figure, the commodity filter does not hide it.
    const filters = { ...parseFilters(search), commodities: COMMODITIES }
    return findFigure(dataset, filters, today, figureId, lang)
  }, [dataset, search, today, figureId, lang])
  const [sizer, width] = useElementWidth<HTMLDivElement>(600)
  useEffect(() => {
    if (figure)
      document.title = t('page.embed.documentTitle', { title: figure.title })
  }, [figure, t])
  if (!figure)
    return (
      <p role="alert">
        {t('page.embed.noFigure', { id: figureId })}{' '}
        <a href="/" target="_blank" rel="noopener">
          {t('page.embed.open')}
        </a>
      </p>
    )
  return (
    <figure className="embed-figure" aria-labelledby="embed-title">
      <h1 id="embed-title" className="chart-frame__title">
        {figure.title}
      </h1>
      <p className="chart-frame__summary">{figure.summary}</p>
      {/* Not interactive, so one image named by the chart's takeaway. */}
      <div
        ref={sizer}
        className="chart-sizer"
        role="img"
        aria-label={t('page.embed.chart', {
          title: figure.title,
          summary: figure.summary,
        })}
      >
        <ChartBody
          figure={figure}
          width={width}
          theme={theme}
          interactive={false}
        />
      </div>
      <ChartLegend items={legendFor(figure, theme, lang)} />
      <figcaption className="chart-frame__source">
        {computeSourceLine(dataset, figure.sourceIds, lang)} ·{' '}
        {computeAsOfLine(dataset, lang)} ·{' '}
        <a
          href={dashboardUrlOf(window.location.href, figure.id)}
          target="_blank"
          rel="noopener"
        >
          {t('page.embed.full')}
        </a>
      </figcaption>
    </figure>
  )
}

export function EmbedPage({ figureId }: { figureId: string }) {
  const lang = useLang()
  const query = useDataset(useDatasetUrl())
  const theme = parseEmbedTheme(useLocationSearch())
  const ref = usePostHeight(figureId)
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme
  }, [theme])
  return (
    <main ref={ref} className="embed">
      {query.isPending ? (
        <p role="status">{lang.t('page.embed.loading')}</p>
      ) : query.isError ? (
        <p role="alert">{describeDatasetError(query.error, lang).title}</p>
      ) : (
        <EmbeddedFigure
          dataset={localizeDataset(query.data, lang.locale)}
          figureId={figureId}
        />
      )}
    </main>
  )
}
