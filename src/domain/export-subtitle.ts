/** The subtitle of an exported image: the range and the filters that shaped the figure. */
import { formatRange } from '@/domain/date-range'
import type { AnyFigure } from '@/domain/figure-model'
import type { DashboardFilters } from '@/domain/filters'

export function computeExportSubtitle(
  figure: AnyFigure,
  filters: DashboardFilters,
): string {
  const parts = [formatRange(filters.range)]
  if (figure.kind === 'tariffs') {
    const shown = figure.seriesOptions.filter((o) => o.visible).length
    parts.push(`${shown} of ${figure.seriesOptions.length} layers shown`)
    parts.push(
      filters.showAverages
        ? 'average-rate estimates shown'
        : 'average-rate estimates hidden',
    )
  }
  if (figure.kind === 'soybean-progress') {
    const shown = figure.seriesOptions.filter((o) => o.visible)
    parts.push(`sources: ${shown.map((o) => o.label).join('; ') || 'none'}`)
  }
  return parts.join(' · ')
}
