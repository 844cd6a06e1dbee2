/** The active filters in one line, for the closed "Filters" disclosure on a phone, in the reader's language. */
import { COMMODITIES } from '@/domain/commodities'
import { formatIsoDate } from '@/domain/dates'
import { matchPreset } from '@/domain/date-range'
import type { DashboardFilters } from '@/domain/filters'
import type { Lang } from '@/domain/i18n'
import {
  COMMODITY_TEXT,
  DIRECTION_LABEL,
  listOf,
  PRESET_LABEL,
} from '@/ui/text/labels'

/** "Tariffs, Soybeans · 2025 escalation · US on Chinese goods · with average-rate estimates" */
export function filtersSummary(filters: DashboardFilters, lang: Lang): string {
  const { t } = lang
  const shown =
    filters.commodities.length === COMMODITIES.length
      ? t('controls.summary.allCommodities')
      : filters.commodities.length === 0
        ? t('controls.summary.noCommodity')
        : listOf(
            filters.commodities.map((c) => t(COMMODITY_TEXT[c].label)),
            lang,
          )
  const preset = matchPreset(filters.range)
  const range = preset
    ? t(PRESET_LABEL[preset])
    : t('controls.summary.range', {
        from: formatIsoDate(filters.range.fromMs),
        to: formatIsoDate(filters.range.toMs),
      })
  const tariffs = filters.commodities.includes('tariffs')
    ? [
        ...(filters.direction === 'both'
          ? []
          : [t(DIRECTION_LABEL[filters.direction])]),
        ...(filters.showAverages ? [t('controls.summary.withAverages')] : []),
      ]
    : []
  return [shown, range, ...tariffs].join(' · ')
}
