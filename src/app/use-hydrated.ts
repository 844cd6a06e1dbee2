import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/**
 * False while the prerendered HTML is being hydrated (and on the server), true
 * from then on. Controls are disabled until then: a click or a file picked on
 * the static page would otherwise be lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
