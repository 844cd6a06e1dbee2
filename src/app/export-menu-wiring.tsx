import type { ExportContext } from '@/app/export-context'
import { viewLink } from '@/app/view-link'
import { embedSnippet, embedUrl } from '@/domain/embed'
import { toExportFileName } from '@/domain/export-name'
import type { AnyFigure } from '@/domain/figure-model'
import { copyFailureText } from '@/domain/copy-failure'
import { useLang } from '@/i18n/lang-context'
import { copyPngToClipboard } from '@/lib/clipboard'
import { downloadBlob, downloadText } from '@/lib/download-file'
import { ExportMenu, type PngScale } from '@/ui/export-menu'

interface FigureExportProps {
  figure: AnyFigure
  context: ExportContext
  /** The drawn chart's height: the embed snippet's starting height adds the text around it. */
  chartHeight: number
}

/** Title, takeaway, legend and source line around an embedded chart (px, a first guess the embed corrects). */
const EMBED_TEXT_HEIGHT = 200

/**
 * The export pipeline (off-screen render, composer, rasterizer) loads on first
 * use — or earlier, when the pointer or focus reaches an Export button: the
 * first view does not need it.
 */
const loadPipeline = () => import('@/app/export-pipeline')

const prefetchPipeline = () => void loadPipeline().catch(() => undefined)

/** Wires a figure's export menu to the export pipeline (compose → SVG / PNG / clipboard) and the CSV builder. */
export function FigureExport({
  figure,
  context,
  chartHeight,
}: FigureExportProps) {
  // The reader's language: the image, its captions and the embed are in it.
  const lang = useLang()
  const { t } = lang
  const name = (format: 'png' | 'svg' | 'csv') =>
    toExportFileName(
      figure.id,
      context.filters.range,
      context.dataset.meta.asOfMs,
      format,
    )
  const buildSvg = async () => {
    const { buildExportSvg } = await loadPipeline()
    return buildExportSvg(figure, context, lang)
  }
  const makePng = async (scale: PngScale) => {
    const { buildExportPng } = await loadPipeline()
    return buildExportPng(figure, context, scale, lang)
  }
  return (
    <ExportMenu
      onIntent={prefetchPipeline}
      linkUrl={() => viewLink(figure.id)}
      onPrepare={(scale) => {
        // The reader is likely to export this figure: make the image while idle.
        loadPipeline().then(
          ({ prepareExport }) => prepareExport(figure, context, scale, lang),
          () => undefined,
        )
      }}
      onDownloadPng={async (scale) => {
        const png = await makePng(scale)
        downloadBlob(png.blob, name('png'))
        const values = {
          file: name('png'),
          width: png.width,
          height: png.height,
          scale: png.scale,
        }
        return png.scale !== scale
          ? t('controls.export.downloadedPngReduced', values)
          : t('controls.export.downloadedPng', values)
      }}
      onDownloadSvg={async () => {
        const { svg } = await buildSvg()
        downloadBlob(
          new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }),
          name('svg'),
        )
        return t('controls.export.downloaded', { file: name('svg') })
      }}
      onDownloadCsv={async () => {
        // The CSV writer loads on use: the first view does not need it.
        const { figureTableToCsv } = await import('@/domain/csv')
        downloadText(
          figureTableToCsv(figure.table, context.lang),
          name('csv'),
          'text/csv;charset=utf-8',
        )
        return t('controls.export.downloadedCsv', {
          file: name('csv'),
          rows: figure.table.rows.length,
        })
      }}
      onCopyEmbed={async () => {
        await navigator.clipboard.writeText(
          embedSnippet({
            src: embedUrl(window.location.href, figure.id, {
              locale: lang.locale,
            }),
            title: t('controls.export.embedTitle', { title: figure.title }),
            height: chartHeight + EMBED_TEXT_HEIGHT,
          }),
        )
        return t('controls.export.embedCopied')
      }}
      onCopyImage={(scale) => {
        // The blob promise goes to the clipboard inside the click; awaiting first loses the user gesture.
        const png = makePng(scale)
        return copyPngToClipboard(png.then((p) => p.blob)).then(
          async (result) => {
            if (result.ok) return t('controls.export.imageCopied')
            const { blob } = await png
            downloadBlob(blob, name('png'))
            return t('controls.export.imageDownloadedInstead', {
              reason: copyFailureText(result, lang),
              file: name('png'),
            })
          },
        )
      }}
    />
  )
}
