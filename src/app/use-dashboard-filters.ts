import { useCallback, useMemo, useSyncExternalStore } from 'react'

import {
  type DashboardFilters,
  filtersToSearch,
  parseFilters,
} from '@/domain/filters'

const URL_CHANGE = 'truce-tracker:urlchange'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(URL_CHANGE, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(URL_CHANGE, onChange)
  }
}

/**
 * Dashboard filters live in the URL, so a shared link reproduces the view.
 * Invalid parameters fall back to defaults (never an error); every change
 * replaces the URL's filter parameters and keeps the others (e.g. `?data=`).
 */
export function useDashboardFilters(): readonly [
  DashboardFilters,
  (next: DashboardFilters) => void,
] {
  const search = useSyncExternalStore(subscribe, () => window.location.search)
  const filters = useMemo(() => parseFilters(search), [search])
  const setFilters = useCallback((next: DashboardFilters) => {
    const query = filtersToSearch(next, window.location.search)
    const url = `${window.location.pathname}${query}${window.location.hash}`
    window.history.replaceState(window.history.state, '', url)
    window.dispatchEvent(new Event(URL_CHANGE))
  }, [])
  return [filters, setFilters] as const
}
