/**
 * Builds the export image of a figure: renders its chart off-screen at a fixed
 * size with no animation or tooltip, makes the SVG standalone, and composes
 * the captioned frame. The same SVG string is the SVG download and the PNG source.
 * Both are kept per figure, so opening the menu can prepare them and a second
 * export of an unchanged figure does not render or rasterize again.
 */
import { createElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'

import type { ExportContext } from '@/app/export-context'
import { ChartBody, chartHeightOf, loadDrawersFor } from '@/charts/chart-body'
import { FONT_FAMILY } from '@/charts/chart-theme'
import { legendFor } from '@/charts/figure-legend'
import { exportEventLines, exportFooterLine } from '@/domain/export-caption'
import { computeExportSubtitle } from '@/domain/export-subtitle'
import { type AnyFigure, timeChartOf } from '@/domain/figure-model'
import type { DashboardFilters } from '@/domain/filters'
import { formatAsOfDate } from '@/domain/format'
import type { Lang } from '@/domain/i18n'
import { LOCALE_META } from '@/domain/locale'
import { type Theme, ROLE_COLORS } from '@/domain/palette'
import { computeSourceLine } from '@/domain/source-line'
import type { Dataset } from '@/domain/types'
import { LangContext } from '@/i18n/lang-context'
import { composeExportSvg, EXPORT_PADDING } from '@/lib/compose-svg'
import { withCjkFonts } from '@/lib/export-fonts'
import { svgToPngBlob } from '@/lib/rasterize'
import { settleMarkup } from '@/lib/settle-markup'
import { toStandaloneSvg } from '@/lib/standalone-svg'
import { whenIdle } from '@/lib/when-idle'

/** Exported images are this wide (CSS px) whatever the screen: 2400 px at 2×. */
export const EXPORT_WIDTH = 1200

/** Every text of the image, the chart's included: the chart's stack with CJK faces before its generic family. */
export const EXPORT_FONT_FAMILY = withCjkFonts(FONT_FAMILY)

/** Exported time charts get 60 px more than on screen: room for stacked event markers. */
function exportHeightOf(figure: AnyFigure): number {
  return chartHeightOf(figure) + (timeChartOf(figure) ? 60 : 0)
}

/** Renders the chart off-screen, in the reader's language, and returns it as a standalone SVG string. */
async function renderChartSvg(
  figure: AnyFigure,
  theme: Theme,
  width: number,
  lang: Lang,
): Promise<{ svg: string; height: number }> {
  // Only the figure's own chart code: a tariff or soybean export clicked as
  // the page opens does not wait for the bar charts' code.
  const drawers = await loadDrawersFor(figure.kind)
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;pointer-events:none;`
  document.body.append(host)
  const root = createRoot(host)
  try {
    flushSync(() =>
      root.render(
        createElement(
          LangContext,
          { value: lang },
          createElement(ChartBody, {
            figure,
            width,
            theme,
            interactive: false,
            heightOverride: exportHeightOf(figure),
            drawers,
          }),
        ),
      ),
    )
    await settleMarkup(host)
    const svg = host.querySelector('svg')
    if (!svg) throw new Error('The chart did not render for export')
    const height = Number(svg.getAttribute('height')) || exportHeightOf(figure)
    return {
      svg: toStandaloneSvg(svg, width, height, EXPORT_FONT_FAMILY),
      height,
    }
  } finally {
    // Tearing the chart down took 14-19 ms of a cold SVG export (Recharts'
    // store and effects): done once the download is on its way, not before.
    whenIdle(() => {
      root.unmount()
      host.remove()
    }, 1000)
  }
}

export interface ExportSvg {
  svg: string
  width: number
  height: number
}

export type ExportPng = Awaited<ReturnType<typeof svgToPngBlob>>

interface CacheEntry {
  dataset: Dataset
  filters: DashboardFilters
  theme: Theme
  lang: Lang
  url: string
  svg: Promise<ExportSvg>
  /** PNGs made from this SVG, by requested scale. */
  pngs: Map<number, Promise<ExportPng>>
}

/**
 * One export per figure model (a new model, e.g. after a filter change, is a
 * new key): reused while the dataset, filters, theme, language and page URL —
 * all drawn into the image — are the same. Figures no longer shown are collected.
 */
const cache = new WeakMap<AnyFigure, CacheEntry>()

function entryFor(
  figure: AnyFigure,
  ctx: ExportContext,
  lang: Lang,
): CacheEntry {
  // The URL that reproduces this view, read when the image is asked for.
  const url = window.location.href
  const hit = cache.get(figure)
  if (
    hit &&
    hit.dataset === ctx.dataset &&
    hit.filters === ctx.filters &&
    hit.theme === ctx.theme &&
    hit.lang === lang &&
    hit.url === url
  )
    return hit
  const entry: CacheEntry = {
    dataset: ctx.dataset,
    filters: ctx.filters,
    theme: ctx.theme,
    lang,
    url,
    svg: composeFigureSvg(figure, ctx, url, lang),
    pngs: new Map(),
  }
  cache.set(figure, entry)
  // A failed build is not kept: the next export tries again.
  entry.svg.catch(() => {
    if (cache.get(figure) === entry) cache.delete(figure)
  })
  return entry
}

/** The figure's export SVG: from the cache when nothing it shows has changed. */
export function buildExportSvg(
  figure: AnyFigure,
  ctx: ExportContext,
  lang: Lang,
): Promise<ExportSvg> {
  return entryFor(figure, ctx, lang).svg
}

/** The figure's export PNG at a scale (capped for size): from the cache when nothing it shows has changed. */
export function buildExportPng(
  figure: AnyFigure,
  ctx: ExportContext,
  scale: number,
  lang: Lang,
): Promise<ExportPng> {
  const entry = entryFor(figure, ctx, lang)
  const hit = entry.pngs.get(scale)
  if (hit) return hit
  const png = entry.svg.then(({ svg, width, height }) =>
    svgToPngBlob(svg, width, height, scale, ROLE_COLORS[ctx.theme].background),
  )
  entry.pngs.set(scale, png)
  png.catch(() => {
    if (entry.pngs.get(scale) === png) entry.pngs.delete(scale)
  })
  return png
}

/**
 * Prepares a figure's export (SVG, and the PNG at `scale`) when the main
 * thread is idle: called when its export menu opens or the PNG size changes,
 * so the download that usually follows finds it ready.
 */
export function prepareExport(
  figure: AnyFigure,
  ctx: ExportContext,
  scale: number,
  lang: Lang,
): void {
  whenIdle(
    () => void buildExportPng(figure, ctx, scale, lang).catch(() => undefined),
    500,
  )
}

async function composeFigureSvg(
  figure: AnyFigure,
  ctx: ExportContext,
  pageUrl: string,
  lang: Lang,
): Promise<ExportSvg> {
  const chartWidth = EXPORT_WIDTH - 2 * EXPORT_PADDING
  const chart = await renderChartSvg(figure, ctx.theme, chartWidth, lang)
  const c = ROLE_COLORS[ctx.theme]
  const asOf = formatAsOfDate(ctx.dataset.meta.asOfMs)
  return composeExportSvg({
    lang: LOCALE_META[lang.locale].htmlLang,
    width: EXPORT_WIDTH,
    title: figure.title,
    subtitle: computeExportSubtitle(figure, ctx.filters, lang),
    description: figure.summary,
    chartSvg: chart.svg,
    chartWidth,
    chartHeight: chart.height,
    legend: legendFor(figure, ctx.theme, lang),
    legendLabel: lang.t('export.legend'),
    sourceLines: [
      ...exportEventLines(timeChartOf(figure)?.markers ?? [], lang),
      computeSourceLine(ctx.dataset, figure.sourceIds, lang, 60),
    ],
    footerLines: [exportFooterLine(ctx.dataset.meta, pageUrl, lang)],
    metadata: {
      'dataset-version': ctx.dataset.meta.version,
      'data-as-of': asOf,
      url: pageUrl,
      figure: figure.id,
    },
    colors: { background: c.background, text: c.text, muted: c.muted },
    fontFamily: EXPORT_FONT_FAMILY,
  })
}
