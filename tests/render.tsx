import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { App } from '@/app/app'
import { createQueryClient } from '@/app/query-client'

/** 2026-01-15T12:00:00Z: a fixed "today" so no verdict changes with the calendar. */
export const TEST_NOW = Date.UTC(2026, 0, 15, 12)

/** Renders the whole app at `path` with a fresh QueryClient (no retries) and a fixed clock. */
export function renderApp(path = '/', now: number = TEST_NOW) {
  window.history.replaceState(null, '', path)
  const queryClient = createQueryClient({ queries: { retry: false } })
  const user = userEvent.setup()
  return {
    user,
    queryClient,
    ...render(<App queryClient={queryClient} now={() => now} />),
  }
}
