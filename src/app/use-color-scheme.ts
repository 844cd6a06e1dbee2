import { useSyncExternalStore } from 'react'

import type { Theme } from '@/domain/palette'

const QUERY = '(prefers-color-scheme: dark)'

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {}
  const media = window.matchMedia(QUERY)
  media.addEventListener('change', onChange)
  return () => media.removeEventListener('change', onChange)
}

/**
 * The reader's colour scheme, following `prefers-color-scheme` live. The
 * prerendered page (and its hydration) is light; React then re-renders dark
 * charts for dark-mode readers.
 */
export function useColorScheme(): Theme {
  return useSyncExternalStore(
    subscribe,
    () =>
      typeof window.matchMedia === 'function' &&
      window.matchMedia(QUERY).matches
        ? 'dark'
        : 'light',
    () => 'light',
  )
}
