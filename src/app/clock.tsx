/** "Today" for countdowns and the today line: the real clock in the app, injected in tests. */
import { createContext, useContext } from 'react'

export const ClockContext = createContext<() => number>(() => Date.now())

/** Epoch ms of "now" as the app sees it. */
export function useNow(): number {
  return useContext(ClockContext)()
}
