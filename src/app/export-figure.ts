/**
 * Builds the export image of a figure: renders its chart off-screen at a fixed
 * size with no animation or tooltip, makes the SVG standalone, and composes
 * the captioned frame. The same SVG string is the SVG download and the PNG source.
 */
import { createElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'

import { ChartBody, chartHeightOf, legendFor } from '@/app/figure-view'
import { FONT_FAMILY } from '@/charts/chart-theme'
import { PeriodBarsChart } from '@/charts/period-bars-chart'
import { computeExportSubtitle } from '@/domain/export-subtitle'
import type { AnyFigure } from '@/domain/figures'
import type { DashboardFilters } from '@/domain/filters'
import { formatAsOfDate } from '@/domain/format'
import { type Theme, ROLE_COLORS } from '@/domain/palette'
import { computeSourceLine } from '@/domain/source-line'
import type { Dataset } from '@/domain/types'
import { composeExportSvg, EXPORT_PADDING } from '@/lib/compose-svg'
import { toStandaloneSvg } from '@/lib/standalone-svg'

/** Exported images are this wide (CSS px) whatever the screen: 2400 px at 2×. */
export const EXPORT_WIDTH = 1200

/** Exported time charts get 60 px more than on screen: room for stacked event markers. */
function exportHeightOf(figure: AnyFigure): number {
  return figure.kind === 'tariffs' || figure.kind === 'soybean-progress'
    ? chartHeightOf(figure) + 60
    : chartHeightOf(figure)
}

const nextFrame = () =>
  new Promise((r) => requestAnimationFrame(() => r(undefined)))

/** Renders the chart off-screen and returns it as a standalone SVG string. */
async function renderChartSvg(
  figure: AnyFigure,
  theme: Theme,
  width: number,
): Promise<{ svg: string; height: number }> {
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;pointer-events:none;`
  document.body.append(host)
  const root = createRoot(host)
  try {
    flushSync(() =>
      root.render(
        createElement(ChartBody, {
          figure,
          width,
          theme,
          interactive: false,
          heightOverride: exportHeightOf(figure),
          periodBars: PeriodBarsChart,
        }),
      ),
    )
    // Recharts lays out axes and labels in effects: let them settle.
    await nextFrame()
    await nextFrame()
    const svg = host.querySelector('svg')
    if (!svg) throw new Error('The chart did not render for export')
    const height = Number(svg.getAttribute('height')) || exportHeightOf(figure)
    return { svg: toStandaloneSvg(svg, width, height), height }
  } finally {
    root.unmount()
    host.remove()
  }
}

/** The numbered events drawn on a time chart, as text for the image. */
function eventLines(figure: AnyFigure): string[] {
  const markers =
    figure.kind === 'tariffs' || figure.kind === 'soybean-progress'
      ? figure.chart.markers
      : []
  if (markers.length === 0) return []
  return [
    `Events: ${markers.map((m) => `(${m.n}) ${m.date} ${m.label}`).join('; ')}.`,
  ]
}

export interface ExportContext {
  dataset: Dataset
  filters: DashboardFilters
  theme: Theme
}

export async function buildExportSvg(
  figure: AnyFigure,
  ctx: ExportContext,
): Promise<{ svg: string; width: number; height: number }> {
  const chartWidth = EXPORT_WIDTH - 2 * EXPORT_PADDING
  const chart = await renderChartSvg(figure, ctx.theme, chartWidth)
  const c = ROLE_COLORS[ctx.theme]
  const asOf = formatAsOfDate(ctx.dataset.meta.asOfMs)
  // The URL that reproduces this view, read when the image is made.
  const pageUrl = window.location.href
  return composeExportSvg({
    width: EXPORT_WIDTH,
    title: figure.title,
    subtitle: computeExportSubtitle(figure, ctx.filters),
    description: figure.summary,
    chartSvg: chart.svg,
    chartWidth,
    chartHeight: chart.height,
    legend: legendFor(figure, ctx.theme),
    sourceLines: [
      ...eventLines(figure),
      computeSourceLine(ctx.dataset, figure.sourceIds, 60),
    ],
    footerLines: [
      `Data as of ${asOf} · dataset “${ctx.dataset.meta.title}” v${ctx.dataset.meta.version} · Truce Tracker · ${pageUrl}`,
    ],
    metadata: {
      'dataset-version': ctx.dataset.meta.version,
      'data-as-of': asOf,
      url: pageUrl,
      figure: figure.id,
    },
    colors: { background: c.background, text: c.text, muted: c.muted },
    fontFamily: FONT_FAMILY,
  })
}
