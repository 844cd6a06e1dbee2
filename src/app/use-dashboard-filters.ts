import { useCallback, useMemo } from 'react'

import { URL_CHANGE_EVENT, useLocationSearch } from '@/app/use-location-search'
import {
  type DashboardFilters,
  filtersToSearch,
  parseFilters,
} from '@/domain/filters'

/**
 * Dashboard filters live in the URL, so a shared link reproduces the view.
 * Invalid parameters fall back to defaults (never an error); every change
 * replaces the URL's filter parameters and keeps the others (e.g. `?data=`).
 */
export function useDashboardFilters(): readonly [
  DashboardFilters,
  (next: DashboardFilters) => void,
] {
  const search = useLocationSearch()
  const filters = useMemo(() => parseFilters(search), [search])
  const setFilters = useCallback((next: DashboardFilters) => {
    const query = filtersToSearch(next, window.location.search)
    const url = `${window.location.pathname}${query}${window.location.hash}`
    window.history.replaceState(window.history.state, '', url)
    window.dispatchEvent(new Event(URL_CHANGE_EVENT))
  }, [])
  return [filters, setFilters] as const
}
