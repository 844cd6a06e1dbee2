/** The active filters in one line, for the closed "Filters" disclosure on a phone. */
import { COMMODITIES, COMMODITY_META } from '@/domain/commodities'
import { formatRange, matchPreset, RANGE_PRESETS } from '@/domain/date-range'
import type { DashboardFilters } from '@/domain/filters'
import type { Lang } from '@/domain/i18n'
import { joinItems, joinParts } from '@/domain/punctuation'
import { DIRECTION_META } from '@/domain/vocabulary'

/** "Tariffs, Soybeans · 2025 escalation · US on China · with averages" · "关税、大豆 · 2025年关税升级 · …" */
export function summariseFilters(
  filters: DashboardFilters,
  lang: Lang,
): string {
  const shown =
    filters.commodities.length === COMMODITIES.length
      ? lang.t('figures.filters.allCommodities')
      : filters.commodities.length === 0
        ? lang.t('figures.filters.noCommodity')
        : joinItems(
            filters.commodities.map((c) => lang.t(COMMODITY_META[c].labelKey)),
            lang,
          )
  const preset = matchPreset(filters.range)
  const range = preset
    ? lang.t(RANGE_PRESETS.find((p) => p.id === preset)!.labelKey)
    : formatRange(filters.range, lang)
  const tariffs = filters.commodities.includes('tariffs')
    ? [
        ...(filters.direction === 'both'
          ? []
          : [lang.t(DIRECTION_META[filters.direction].labelKey)]),
        ...(filters.showAverages
          ? [lang.t('figures.filters.withAverages')]
          : []),
      ]
    : []
  return joinParts([shown, range, ...tariffs], lang)
}
