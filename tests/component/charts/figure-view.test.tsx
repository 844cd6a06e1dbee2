import { en } from '../../lang'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { FigureView } from '@/app/figure-view'
import { loadChartCode } from '@/charts/chart-code'
import { validateDataset } from '@/data/validate-dataset'
import type { AnyFigure } from '@/domain/figure-model'
import { DEFAULT_FILTERS } from '@/domain/filters'
import { makeDataset } from '../../fixtures/builders'
import { allFigures } from '../../fixtures/figures'
import { TEST_NOW } from '../../render'

// The fixture dataset as the app builds its figures from it: a tariff chart,
// rare-earth swimlanes and soybean progress against the 12 Mt pledge.
const dataset = validateDataset(makeDataset())
const figures = allFigures(dataset, DEFAULT_FILTERS, TEST_NOW).flatMap(
  (c) => c.figures,
)
// The charts' code loads on demand (charts/chart-code.ts); once it has
// arrived, charts are drawn in the same render, as these tests expect.
beforeAll(() => loadChartCode())

function figureOf<K extends AnyFigure['kind']>(kind: K) {
  const figure = figures.find((f) => f.kind === kind)
  if (!figure) throw new Error(`no ${kind} figure in the fixture`)
  return figure as Extract<AnyFigure, { kind: K }>
}

function renderFigure(figure: AnyFigure, onToggleSeries = vi.fn()) {
  render(
    <FigureView
      figure={figure}
      dataset={dataset}
      theme="light"
      onToggleSeries={onToggleSeries}
      exportContext={{
        dataset,
        filters: DEFAULT_FILTERS,
        theme: 'light',
        lang: en,
      }}
    />,
  )
  return { onToggleSeries }
}

const legendLabels = () =>
  within(screen.getByRole('list', { name: 'Legend' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent)

describe('FigureView', { timeout: 30_000 }, () => {
  it('draws a tariff figure named by its title, with its series and reference lines in the legend', () => {
    renderFigure(figureOf('tariffs'))
    expect(
      screen.getByRole('figure', {
        name: 'Tariffs: US on Chinese goods, by legal layer',
      }),
    ).toBeInTheDocument()
    expect(legendLabels()).toEqual([
      'IEEPA fentanyl tariff',
      'Data as of (later: not observed)',
      'Today',
      'Numbered events (listed below)',
    ])
    expect(
      screen.getByText(
        'Sources: STR · Data as of 2026-06-29 · dataset vtest-1',
      ),
    ).toBeInTheDocument()
  })

  it('marks each event on the chart and lists it as text below', () => {
    renderFigure(figureOf('tariffs'))
    expect(
      screen.getByRole('button', {
        name: 'Event 1. 2025-10-30: Busan summit',
      }),
    ).toBeInTheDocument()
    const list = screen.getByText('Events on this chart (1)').parentElement!
    expect(within(list).getByRole('listitem')).toHaveTextContent(
      '2025-10-30 — Busan summit: Trump–Xi summit at Gimhae airport, Busan: one-year truce.',
    )
  })

  it('offers a checkbox per tariff layer and reports which one was switched', async () => {
    const user = userEvent.setup()
    const { onToggleSeries } = renderFigure(figureOf('tariffs'))
    const layers = screen.getByRole('group', { name: 'Tariff layers' })
    const box = within(layers).getByRole('checkbox', {
      name: 'IEEPA fentanyl tariff',
    })
    expect(box).toBeChecked()
    await user.click(screen.getByText('Tariff layers (1 of 1 shown)'))
    await user.click(box)
    expect(onToggleSeries).toHaveBeenCalledExactlyOnceWith('us-ieepa-fentanyl')
  })

  it('draws the pause lanes with state legend and says which window has focus', async () => {
    const user = userEvent.setup()
    renderFigure(figureOf('pauses'))
    expect(legendLabels()).toEqual([
      'In force',
      'Paused',
      'Scheduled',
      'After as-of: scheduled (dashed) or unknown (dotted)',
      'Data as of (later: not observed)',
      'Today',
    ])
    expect(
      screen.getByText(
        'Hover over or tab to a bar for its dates and countdown.',
      ),
    ).toBeInTheDocument()
    const paused = screen.getByRole('img', {
      name: /^Ban on gallium, germanium, antimony exports to the US: Paused 9 Nov 2025/,
    })
    await user.hover(paused)
    expect(
      screen.getByText(
        'Ban on gallium, germanium, antimony exports to the US (MOFCOM Announcement 2024 No. 46, clause 2; gallium, germanium, antimony, superhard materials): Paused 9 Nov 2025 – 27 Nov 2026 (scheduled end, not observed) — pause due to end in 316 days',
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Measures' })).toBeInTheDocument()
  })

  it('draws soybean progress with the source, the pledge and its deadline band in the legend', () => {
    renderFigure(figureOf('soybean-progress'))
    expect(legendLabels()).toEqual([
      'USDA-confirmed purchases (purchases / sales contracts)',
      'Current pace, projected',
      'Prorated target path (earliest to latest deadline)',
      '12 Mt initial soybean purchases: deadline variants (band)',
      'Data as of (later: not observed)',
      'Today',
      'Numbered events (listed below)',
    ])
    expect(
      screen.getByText('12 Mt pledge (not confirmed by China)'),
    ).toBeInTheDocument()
    expect(
      within(screen.getByRole('group', { name: 'Data sources' })).getByRole(
        'checkbox',
        { name: 'USDA-confirmed purchases' },
      ),
    ).toBeInTheDocument()
  })
})
