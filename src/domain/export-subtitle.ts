/** The subtitle of an exported image: the range and the filters that shaped the figure. */
import { formatRange } from '@/domain/date-range'
import type { AnyFigure } from '@/domain/figure-model'
import type { DashboardFilters } from '@/domain/filters'
import type { Lang } from '@/domain/i18n'
import { joinClauses, joinParts } from '@/domain/punctuation'

export function computeExportSubtitle(
  figure: AnyFigure,
  filters: DashboardFilters,
  lang: Lang,
): string {
  const parts = [formatRange(filters.range, lang)]
  if (figure.kind === 'tariffs') {
    const shown = figure.seriesOptions.filter((o) => o.visible).length
    parts.push(
      lang.t('figures.export.layersShown', {
        shown,
        total: figure.seriesOptions.length,
      }),
    )
    parts.push(
      filters.showAverages
        ? lang.t('figures.export.averagesShown')
        : lang.t('figures.export.averagesHidden'),
    )
  }
  if (figure.kind === 'soybean-progress') {
    const shown = figure.seriesOptions.filter((o) => o.visible)
    parts.push(
      shown.length > 0
        ? lang.t('figures.export.sources', {
            list: joinClauses(
              shown.map((o) => o.label),
              lang,
            ),
          })
        : lang.t('figures.export.sourcesNone'),
    )
  }
  return joinParts(parts, lang)
}
