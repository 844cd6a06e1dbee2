import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import {
  makeDataset,
  makePoint,
  makeSeries,
  makeSoySeries,
} from '../fixtures/builders'
import { datasetAnswers, datasetFails } from '../msw/scenarios'
import { server } from '../msw/server'
import { renderApp } from '../render'

describe('App: loading the dataset', () => {
  it('shows a loading state, then the header with the as-of date and sources', async () => {
    const { user } = renderApp()
    expect(screen.getByRole('status')).toHaveTextContent('Loading')
    expect(await screen.findByText('Data as of 2026-06-29')).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { level: 1, name: 'Truce Tracker' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Sources' })).toHaveAttribute(
      'href',
      '#sources',
    )
    const show = screen.getByRole('button', { name: /^Show all \d+ sources$/ })
    expect(show).toHaveAttribute('aria-expanded', 'false')
    await user.click(show)
    const sources = screen.getByRole('region', { name: /Sources/ })
    expect(
      within(sources).getByRole('link', {
        name: 'Tariff Changes for Imports from China Made Official',
      }),
    ).toHaveAttribute('rel', 'noopener noreferrer')
    const hide = screen.getByRole('button', { name: 'Hide the sources list' })
    expect(hide).toHaveAttribute('aria-expanded', 'true')
    await user.click(hide)
    expect(
      screen.getByRole('button', { name: /^Show all \d+ sources$/ }),
    ).toHaveFocus()
  }, 20_000)

  it('shows a network failure with a Retry that works', async () => {
    server.use(datasetFails(503))
    const { user } = renderApp()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The dataset server returned an error')
    expect(alert).toHaveTextContent('answered 503')
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('Data as of 2026-06-29')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('rejects a structurally bad ?data= dataset, naming the JSON path, and links back', async () => {
    const url = 'http://localhost:3000/fixtures/bad.json'
    server.use(
      datasetAnswers(
        { ...makeDataset(), meta: { ...makeDataset().meta, asOf: 'June' } },
        url,
      ),
    )
    renderApp('/?data=/fixtures/bad.json&commodities=soybeans')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The dataset has problems')
    expect(alert).toHaveTextContent(
      'meta.asOf: expected an ISO date (YYYY-MM-DD)',
    )
    expect(
      within(alert).queryByRole('button', { name: 'Retry' }),
    ).not.toBeInTheDocument()
    expect(
      within(alert).getByRole('link', { name: 'Use the bundled dataset' }),
    ).toHaveAttribute('href', '/?commodities=soybeans')
    expect(
      screen.getByRole('heading', { level: 1, name: 'Truce Tracker' }),
    ).toBeInTheDocument()
  })

  it('drops one invalid record, says so with its path, and draws the rest', async () => {
    const url = 'http://localhost:3000/fixtures/partly-bad.json'
    const bad = makeDataset({
      series: [
        makeSeries({
          points: [
            makePoint({ date: '2025-02-04' }),
            makePoint({
              date: '2025-03-04',
              value: 'ten' as unknown as number,
            }),
          ],
        }),
        makeSoySeries(),
      ],
    })
    server.use(datasetAnswers(bad, url))
    renderApp('/?data=/fixtures/partly-bad.json')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      '1 invalid record was left out of this dataset',
    )
    expect(alert).toHaveTextContent(
      'series[0] "us-ieepa-fentanyl", points[1] (2025-03-04): series[0].points[1].value: expected number, received string',
    )
    expect(
      screen.getByRole('figure', { name: /^Tariffs: US/ }),
    ).toBeInTheDocument()
  })

  it('says which dataset it shows when ?data= is used', async () => {
    const url = 'http://localhost:3000/other.json'
    server.use(
      datasetAnswers(
        makeDataset({ meta: { ...makeDataset().meta, title: 'Other data' } }),
        url,
      ),
    )
    renderApp('/?data=other.json')
    expect(await screen.findByText(/Other data/)).toBeInTheDocument()
    await waitFor(() =>
      expect(screen.getByText(/custom dataset from/)).toBeInTheDocument(),
    )
  })
})
