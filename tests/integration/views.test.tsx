import { screen, waitFor, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadChartCode } from '@/charts/chart-code'

import { renderApp } from '../render'

const figureNames = () =>
  screen
    .getAllByRole('figure')
    .map(
      (f) =>
        f.getAttribute('aria-labelledby') &&
        within(f).getByRole('heading', { level: 3 }).textContent,
    )

// The charts' code loads on demand (charts/chart-code.ts): loaded here once, so
// a deferred figure update does not wait for it.
beforeAll(() => loadChartCode())

describe('App: commitment views and filters', () => {
  it('shows each commodity’s figures, named by commodity and described by their summary', async () => {
    renderApp()
    const tariffs = await screen.findByRole('figure', {
      name: /^Tariffs: US on Chinese goods/,
    })
    expect(tariffs).toHaveAccessibleDescription(
      /As of 29 Jun 2026, no layer of US tariffs on Chinese goods in this dataset was above 0%\./,
    )
    expect(
      screen.getByRole('figure', { name: /^Rare earths: export controls/ }),
    ).toBeInTheDocument()
    const soy = screen.getByRole('figure', {
      name: /^Soybeans: 12 Mt initial soybean purchases/,
    })
    expect(soy).toHaveAccessibleDescription(/58% of the 12 Mt pledge/)
    expect(within(soy).getByRole('list', { name: 'Legend' })).toHaveTextContent(
      'USDA-confirmed purchases (purchases / sales contracts)',
    )
  })

  it('computes countdowns from the injected clock', async () => {
    // TEST_NOW is 2026-01-15 (day 15 of 2026); the pause ends 2026-11-27 (day 331): 316 days.
    renderApp()
    const figure = await screen.findByRole('figure', { name: /^Rare earths/ })
    expect(figure).toHaveAccessibleDescription(
      /pause due to end in 316 days\. Countdowns are computed for 15 Jan 2026/,
    )
  })

  it('hides a commodity’s figures when it is unchecked and records it in the URL', async () => {
    const { user } = renderApp()
    await screen.findByRole('figure', { name: /^Tariffs/ })
    const group = screen.getByRole('group', { name: 'Commodities' })
    await user.click(within(group).getByRole('checkbox', { name: 'Tariffs' }))
    expect(
      screen.queryByRole('figure', { name: /^Tariffs/ }),
    ).not.toBeInTheDocument()
    expect(
      screen.getByRole('figure', { name: /^Soybeans/ }),
    ).toBeInTheDocument()
    expect(window.location.search).toBe('?commodities=rare-earths,soybeans')
    await user.click(within(group).getByRole('checkbox', { name: 'Tariffs' }))
    expect(
      await screen.findByRole('figure', { name: /^Tariffs: US/ }),
    ).toBeInTheDocument()
    expect(window.location.search).toBe('')
  })

  it('shows only soybean figures for ?commodities=soybeans and ignores bad parameters', async () => {
    renderApp('/?commodities=soybeans&from=not-a-date&direction=sideways')
    await screen.findByRole('figure', { name: /^Soybeans/ })
    const names = figureNames()
    expect(names.length).toBeGreaterThan(0)
    expect(names.every((n) => n?.startsWith('Soybeans'))).toBe(true)
    expect(
      within(screen.getByRole('group', { name: 'Commodities' })).getByRole(
        'checkbox',
        { name: 'Soybeans' },
      ),
    ).toBeChecked()
  })

  it('changes every figure’s range from a preset and from the date inputs', async () => {
    const { user } = renderApp()
    await screen.findByRole('figure', { name: /^Tariffs/ })
    await user.click(screen.getByRole('button', { name: 'Busan deal' }))
    expect(window.location.search).toBe('?from=2025-10-01&to=2026-02-28')
    // The figures follow the controls in a deferred render (app/dashboard-view.tsx).
    await waitFor(() => {
      for (const figure of screen.getAllByRole('figure'))
        expect(figure).toHaveTextContent('2025-10-01 to 2026-02-28')
    })
    expect(screen.getByRole('button', { name: 'Busan deal' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  it('explains an invalid range instead of applying it', async () => {
    const { user } = renderApp()
    await screen.findByRole('figure', { name: /^Tariffs/ })
    const start = screen.getByLabelText('Start')
    await user.clear(start)
    await user.type(start, '2027-05-01')
    expect(
      await screen.findByText('The start must be before the end.'),
    ).toBeInTheDocument()
    expect(window.location.search).toBe('')
  })

  it('shows the figure’s data as a table with sources, and hides it again', async () => {
    const { user } = renderApp()
    const soy = await screen.findByRole('figure', { name: /^Soybeans: 12 Mt/ })
    await user.click(within(soy).getByRole('button', { name: 'Show table' }))
    const table = await within(soy).findByRole('table')
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 3)
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Date', 'Series', 'Value', 'Unit', 'Status', 'Note', 'Sources'])
    expect(
      within(table).getAllByRole('link', { name: 'STR' })[0],
    ).toHaveAttribute('href', expect.stringMatching(/^https:\/\//))
    await user.click(within(soy).getByRole('button', { name: 'Hide table' }))
    expect(within(soy).queryByRole('table')).not.toBeInTheDocument()
  })

  it('toggles a tariff direction and the average-rate estimates through the URL', async () => {
    const { user } = renderApp()
    await screen.findByRole('figure', { name: /^Tariffs/ })
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Direction' }),
      'China on US goods',
    )
    expect(window.location.search).toBe('?direction=china-on-us')
    expect(
      screen.queryByRole('figure', { name: /^Tariffs: US on Chinese goods/ }),
    ).not.toBeInTheDocument()
    await user.click(
      screen.getByRole('checkbox', { name: /Show average-rate estimates/ }),
    )
    expect(window.location.search).toBe('?direction=china-on-us&averages=1')
  })
})
