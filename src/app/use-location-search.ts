import { useSyncExternalStore } from 'react'

/** Fired after the app rewrites the query string (history.replaceState fires nothing). */
export const URL_CHANGE_EVENT = 'truce-tracker:urlchange'

/** Calls `onChange` after back/forward and after the app's own URL updates. */
export function subscribeToUrl(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(URL_CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(URL_CHANGE_EVENT, onChange)
  }
}

/**
 * The page's query string, following back/forward and the app's own URL
 * updates. Prerendering and hydration see no parameters (the default view);
 * React then re-renders with the real ones.
 */
export function useLocationSearch(): string {
  return useSyncExternalStore(
    subscribeToUrl,
    () => window.location.search,
    () => '',
  )
}
