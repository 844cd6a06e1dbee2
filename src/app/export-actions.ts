/**
 * What each item of a figure's export menu does: build the image (the export
 * pipeline), download it under its file name, and say so in the reader's
 * language. Loaded with the pipeline on first use, or earlier when the
 * pointer or focus reaches an Export button: the first view needs none of it.
 */
import type { ExportContext } from '@/app/export-context'
import { buildExportPng, buildExportSvg } from '@/app/export-pipeline'
import { copyFailureText } from '@/domain/copy-failure'
import { embedSnippet, embedUrl } from '@/domain/embed'
import { type ExportFormat, toExportFileName } from '@/domain/export-name'
import type { AnyFigure } from '@/domain/figure-model'
import type { Lang } from '@/domain/i18n'
import type { CopyFailure } from '@/lib/clipboard'
import { downloadBlob, downloadText } from '@/lib/download-file'
import type { PngScale } from '@/ui/export-menu'

export { prepareExport } from '@/app/export-pipeline'

/** Title, takeaway, legend and source line around an embedded chart (px, a first guess the embed corrects). */
const EMBED_TEXT_HEIGHT = 200

export interface FigureExportTarget {
  figure: AnyFigure
  context: ExportContext
  lang: Lang
  /** The drawn chart's height: the embed snippet's starting height adds the text around it. */
  chartHeight: number
}

const nameOf = (
  { figure, context }: FigureExportTarget,
  format: ExportFormat,
) =>
  toExportFileName(
    figure.id,
    context.filters.range,
    context.dataset.meta.asOfMs,
    format,
  )

/** The figure's PNG at a scale (from the pipeline's cache when nothing it shows has changed). */
export const makePng = (x: FigureExportTarget, scale: PngScale) =>
  buildExportPng(x.figure, x.context, scale, x.lang)

export async function downloadPng(
  x: FigureExportTarget,
  scale: PngScale,
): Promise<string> {
  const png = await makePng(x, scale)
  const file = nameOf(x, 'png')
  downloadBlob(png.blob, file)
  const values = {
    file,
    width: png.width,
    height: png.height,
    scale: png.scale,
  }
  return png.scale !== scale
    ? x.lang.t('controls.export.downloadedPngReduced', values)
    : x.lang.t('controls.export.downloadedPng', values)
}

export async function downloadSvg(x: FigureExportTarget): Promise<string> {
  const { svg } = await buildExportSvg(x.figure, x.context, x.lang)
  const file = nameOf(x, 'svg')
  downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), file)
  return x.lang.t('controls.export.downloaded', { file })
}

export async function downloadCsv(x: FigureExportTarget): Promise<string> {
  const { figureTableToCsv } = await import('@/domain/csv')
  const file = nameOf(x, 'csv')
  downloadText(
    figureTableToCsv(x.figure.table, x.context.lang),
    file,
    'text/csv;charset=utf-8',
  )
  return x.lang.t('controls.export.downloadedCsv', {
    file,
    rows: x.figure.table.rows.length,
  })
}

export async function copyEmbed(x: FigureExportTarget): Promise<string> {
  await navigator.clipboard.writeText(
    embedSnippet({
      src: embedUrl(window.location.href, x.figure.id, {
        locale: x.lang.locale,
      }),
      title: x.lang.t('controls.export.embedTitle', { title: x.figure.title }),
      height: x.chartHeight + EMBED_TEXT_HEIGHT,
    }),
  )
  return x.lang.t('controls.export.embedCopied')
}

/** The image could not be copied: it is downloaded instead, and the reader told why. */
export function downloadPngInstead(
  x: FigureExportTarget,
  blob: Blob,
  failure: CopyFailure,
): string {
  const file = nameOf(x, 'png')
  downloadBlob(blob, file)
  return x.lang.t('controls.export.imageDownloadedInstead', {
    reason: copyFailureText(failure, x.lang),
    file,
  })
}
