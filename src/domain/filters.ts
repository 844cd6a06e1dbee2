/**
 * Dashboard filters and their URL form. Parsing never throws: each invalid
 * parameter falls back to its default, so a bad shared link still shows a view.
 */
import {
  COMMODITIES,
  type Commodity,
  parseCommodity,
} from '@/domain/commodities'
import {
  type DateRange,
  DEFAULT_RANGE,
  parseDateRange,
} from '@/domain/date-range'
import { formatIsoDate } from '@/domain/dates'
import type { MessageKey } from '@/domain/i18n'
import { DIRECTION_META, DIRECTIONS, type Direction } from '@/domain/vocabulary'

export const DIRECTION_FILTERS = ['both', ...DIRECTIONS] as const
export type DirectionFilter = (typeof DIRECTION_FILTERS)[number]

/** The direction registry with the filter's own choice, both directions. */
export const DIRECTION_FILTER_META = {
  both: { labelKey: 'controls.tariff.both' },
  ...DIRECTION_META,
} as const satisfies Record<DirectionFilter, { labelKey: MessageKey }>

export interface DashboardFilters {
  /** Shown commodities, in registry order. */
  commodities: readonly Commodity[]
  range: DateRange
  /** Which tariff direction(s) to show. */
  direction: DirectionFilter
  /** Average/effective tariff estimates (methods differ), off by default. */
  showAverages: boolean
  /** Series whose visibility the reader flipped from its default (ids). */
  toggledSeries: readonly string[]
}

export const DEFAULT_FILTERS: DashboardFilters = {
  commodities: COMMODITIES,
  range: DEFAULT_RANGE,
  direction: 'both',
  showAverages: false,
  toggledSeries: [],
}

export const FILTER_PARAMS = [
  'commodities',
  'from',
  'to',
  'direction',
  'averages',
  'hide',
] as const

function parseCommodities(value: string | null): readonly Commodity[] {
  if (value === null) return DEFAULT_FILTERS.commodities
  if (value === '' || value === 'none') return []
  const parsed = new Set(
    value
      .split(',')
      .map((v) => parseCommodity(v.trim()))
      .filter((c): c is Commodity => c !== undefined),
  )
  if (parsed.size === 0) return DEFAULT_FILTERS.commodities
  return COMMODITIES.filter((c) => parsed.has(c))
}

function parseDirection(value: string | null): DirectionFilter {
  return (DIRECTION_FILTERS as readonly string[]).includes(value ?? '')
    ? (value as DirectionFilter)
    : DEFAULT_FILTERS.direction
}

/** `?commodities=tariffs,soybeans&from=2025-01-01&to=2026-12-31` → filters. */
export function parseFilters(search: string): DashboardFilters {
  const params = new URLSearchParams(search)
  const toggle = params.get('toggle')
  return {
    commodities: parseCommodities(params.get('commodities')),
    range: parseDateRange(params.get('from'), params.get('to')),
    direction: parseDirection(params.get('direction')),
    showAverages: params.get('averages') === '1',
    toggledSeries: toggle
      ? [
          ...new Set(
            toggle.split(',').filter((id) => /^[a-z0-9][a-z0-9-]*$/.test(id)),
          ),
        ]
      : [],
  }
}

/**
 * Filters → query string, keeping every unrelated parameter of `search` (e.g.
 * `?data=`). Defaults are omitted so shared links stay short.
 */
export function filtersToSearch(
  filters: DashboardFilters,
  search = '',
): string {
  const params = new URLSearchParams(search)
  for (const key of FILTER_PARAMS) params.delete(key)
  const allCommodities = filters.commodities.length === COMMODITIES.length
  if (!allCommodities)
    params.set(
      'commodities',
      filters.commodities.length === 0 ? 'none' : filters.commodities.join(','),
    )
  if (
    filters.range.fromMs !== DEFAULT_RANGE.fromMs ||
    filters.range.toMs !== DEFAULT_RANGE.toMs
  ) {
    params.set('from', formatIsoDate(filters.range.fromMs))
    params.set('to', formatIsoDate(filters.range.toMs))
  }
  if (filters.direction !== DEFAULT_FILTERS.direction)
    params.set('direction', filters.direction)
  if (filters.showAverages) params.set('averages', '1')
  if (filters.toggledSeries.length > 0)
    params.set('toggle', filters.toggledSeries.join(','))
  const out = params.toString().replaceAll('%2C', ',')
  return out === '' ? '' : `?${out}`
}

export function isDirectionShown(
  filter: DirectionFilter,
  direction: Direction,
): boolean {
  return filter === 'both' || filter === direction
}

/** A series is shown when its default is flipped by the reader exactly when it is off by default. */
export function isSeriesVisible(
  series: { id: string; defaultVisible: boolean },
  toggled: readonly string[],
): boolean {
  return series.defaultVisible !== toggled.includes(series.id)
}

/** Flips one series' visibility in the toggled list. */
export function toggleSeries(toggled: readonly string[], id: string): string[] {
  return toggled.includes(id)
    ? toggled.filter((t) => t !== id)
    : [...toggled, id]
}

/** The filters that shape figures (everything but which commodities are shown), as a memo key. */
export function figureFiltersKey(filters: DashboardFilters): string {
  return [
    filters.range.fromMs,
    filters.range.toMs,
    filters.direction,
    filters.showAverages,
    [...filters.toggledSeries].sort().join(','),
  ].join('|')
}
