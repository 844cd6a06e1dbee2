import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { useNow } from '@/app/clock'
import { AppProviders } from '@/app/providers'
import { createQueryClient } from '@/app/query-client'

function Today() {
  return <p>today {new Date(useNow()).toISOString().slice(0, 10)}</p>
}

const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`)

afterEach(() => {
  vi.useRealTimers()
})

describe('the clock after hydrating prerendered HTML', () => {
  it.each([
    ['a later day: moves to the real day', '2026-11-20', '2026-11-29'],
    ['the same day: stays on it', '2026-11-29', '2026-11-29'],
  ])('%s', async (_name, prerenderedOn, realDay) => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(at('2026-11-29'))
    render(
      <AppProviders
        queryClient={createQueryClient()}
        hydrateAt={at(prerenderedOn)}
      >
        <Today />
      </AppProviders>,
    )
    expect(await screen.findByText(`today ${realDay}`)).toBeInTheDocument()
  })

  it('a clock passed in (tests) wins over both', () => {
    render(
      <AppProviders
        queryClient={createQueryClient()}
        now={() => at('2025-10-30')}
        hydrateAt={at('2026-11-20')}
      >
        <Today />
      </AppProviders>,
    )
    expect(screen.getByText('today 2025-10-30')).toBeInTheDocument()
  })
})
