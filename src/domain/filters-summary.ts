/** The active filters in one line, for the closed "Filters" disclosure on a phone. */
import { COMMODITIES, COMMODITY_META } from '@/domain/commodities'
import { formatRange, matchPreset, RANGE_PRESETS } from '@/domain/date-range'
import type { DashboardFilters } from '@/domain/filters'
import { DIRECTION_META } from '@/domain/vocabulary'

/** "Tariffs, Soybeans · 2025 escalation · US on China · with averages" */
export function summariseFilters(filters: DashboardFilters): string {
  const shown =
    filters.commodities.length === COMMODITIES.length
      ? 'All commodities'
      : filters.commodities.length === 0
        ? 'No commodity'
        : filters.commodities.map((c) => COMMODITY_META[c].label).join(', ')
  const preset = matchPreset(filters.range)
  const range = preset
    ? RANGE_PRESETS.find((p) => p.id === preset)!.label
    : formatRange(filters.range)
  const tariffs = filters.commodities.includes('tariffs')
    ? [
        ...(filters.direction === 'both'
          ? []
          : [DIRECTION_META[filters.direction].label]),
        ...(filters.showAverages ? ['with average-rate estimates'] : []),
      ]
    : []
  return [shown, range, ...tariffs].join(' · ')
}
