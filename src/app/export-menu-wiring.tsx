import type { ExportContext } from '@/app/export-context'
import { viewLink } from '@/app/view-link'
import type { AnyFigure } from '@/domain/figure-model'
import { useLang } from '@/i18n/lang-context'
import { copyPngToClipboard } from '@/lib/clipboard'
import { ExportMenu } from '@/ui/export-menu'

interface FigureExportProps {
  figure: AnyFigure
  context: ExportContext
  /** The drawn chart's height: the embed snippet's starting height adds the text around it. */
  chartHeight: number
}

/**
 * What the menu items do, with the export pipeline (off-screen render,
 * composer, rasterizer): loaded on first use — or earlier, when the pointer or
 * focus reaches an Export button: the first view does not need them.
 */
const loadActions = () => import('@/app/export-actions')

const prefetchActions = () => void loadActions().catch(() => undefined)

/** Wires a figure's export menu to its actions (src/app/export-actions.ts). */
export function FigureExport({
  figure,
  context,
  chartHeight,
}: FigureExportProps) {
  // The reader's language: the image, its captions and the embed are in it.
  const lang = useLang()
  const target = { figure, context, lang, chartHeight }
  return (
    <ExportMenu
      onIntent={prefetchActions}
      linkUrl={() => viewLink(figure.id)}
      onPrepare={(scale) => {
        // The reader is likely to export this figure: make the image while idle.
        loadActions().then(
          ({ prepareExport }) => prepareExport(figure, context, scale, lang),
          () => undefined,
        )
      }}
      onDownloadPng={async (scale) =>
        (await loadActions()).downloadPng(target, scale)
      }
      onDownloadSvg={async () => (await loadActions()).downloadSvg(target)}
      onDownloadCsv={async () => (await loadActions()).downloadCsv(target)}
      onCopyEmbed={async () => (await loadActions()).copyEmbed(target)}
      onCopyImage={(scale) => {
        // The blob promise goes to the clipboard inside the click; awaiting first loses the user gesture.
        const actions = loadActions()
        const png = actions.then((a) => a.makePng(target, scale))
        return copyPngToClipboard(png.then((p) => p.blob)).then(
          async (result) => {
            if (result.ok) return lang.t('controls.export.imageCopied')
            const [a, { blob }] = await Promise.all([actions, png])
            return a.downloadPngInstead(target, blob, result)
          },
        )
      }}
    />
  )
}
