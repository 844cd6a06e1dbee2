/** The subtitle of an exported image: the range and the filters that shaped the figure. */
import { formatRange } from '@/domain/date-range'
import type { AnyFigure } from '@/domain/figure-model'
import type { DashboardFilters } from '@/domain/filters'
import type { Lang } from '@/domain/i18n'

export function computeExportSubtitle(
  figure: AnyFigure,
  filters: DashboardFilters,
  lang: Lang,
): string {
  const parts = [formatRange(filters.range)]
  if (figure.kind === 'tariffs') {
    const shown = figure.seriesOptions.filter((o) => o.visible).length
    parts.push(
      lang.t('export.subtitle.layers', {
        shown,
        total: figure.seriesOptions.length,
      }),
    )
    parts.push(
      lang.t(
        filters.showAverages
          ? 'export.subtitle.averagesShown'
          : 'export.subtitle.averagesHidden',
      ),
    )
  }
  if (figure.kind === 'soybean-progress') {
    const shown = figure.seriesOptions.filter((o) => o.visible)
    // Series labels are the dataset's (English until localized labels land).
    parts.push(
      shown.length === 0
        ? lang.t('export.subtitle.sourcesNone')
        : lang.t('export.subtitle.sources', {
            sources: shown
              .map((o) => o.label)
              .join(lang.t('export.itemSeparator')),
          }),
    )
  }
  return parts.join(' · ')
}
