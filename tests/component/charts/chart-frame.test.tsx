import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { ChartFrame } from '@/charts/chart-frame'

const table = {
  caption: 'Soybeans — every observation',
  columns: [
    { key: 'date', label: 'Date' },
    { key: 'value', label: 'Value', numeric: true },
  ],
  rows: [
    {
      id: 'a',
      cells: { date: '2025-11-14', value: 0.332 },
      sources: [
        {
          publisher: 'Glacier',
          url: 'https://example.org/a',
          title: 'A',
          kind: 'original-report' as const,
          kindLabel: 'Original report',
        },
      ],
    },
    {
      id: 'b',
      cells: { date: '2026-01-08', value: 6.9 },
      sources: [
        {
          publisher: 'Evil',
          url: 'javascript:alert(1)',
          title: 'B',
          kind: 'secondary' as const,
          kindLabel: 'Secondary',
        },
      ],
    },
  ],
}

function renderFrame() {
  return render(
    <ChartFrame
      id="soy"
      title="Soybeans: 12 Mt pledge"
      subtitle="2025-01-01 to 2026-12-31"
      summary="As of 8 Jan 2026, purchases were 6.9 Mt, 58% of the pledge."
      takeaway="Of the 12 Mt pledge: USDA 58% (8 Jan 2026)."
      legend={[
        {
          label: 'USDA',
          color: '#0072B2',
          dash: '',
          shape: 'line',
          strokeWidth: 2,
        },
      ]}
      notes={['Each source is its own line.']}
      gaps={['No 2026 data.']}
      sourceLine="Sources: Glacier"
      asOfLine="Data as of 2026-06-29"
      table={table}
      actions={<button type="button">Export</button>}
    >
      <svg aria-hidden="true" />
    </ChartFrame>,
  )
}

describe('ChartFrame', () => {
  it('is a figure named by its title and described by its summary', () => {
    renderFrame()
    const figure = screen.getByRole('figure', {
      name: 'Soybeans: 12 Mt pledge',
    })
    expect(figure).toHaveAccessibleDescription(
      'As of 8 Jan 2026, purchases were 6.9 Mt, 58% of the pledge.',
    )
    expect(
      within(figure).getByRole('list', { name: 'Legend' }),
    ).toHaveTextContent('USDA')
    expect(figure).toHaveTextContent('Sources: Glacier · Data as of 2026-06-29')
    expect(
      within(figure).getByRole('button', { name: 'Export' }),
    ).toBeInTheDocument()
    expect(
      within(figure).getByText('What the data does not say (1)'),
    ).toBeInTheDocument()
  })

  it('shows the takeaway first; the full summary and notes sit behind a closed "Details" that still describes the figure', async () => {
    const user = userEvent.setup()
    renderFrame()
    const figure = screen.getByRole('figure', {
      name: 'Soybeans: 12 Mt pledge',
    })
    expect(
      within(figure).getByText('Of the 12 Mt pledge: USDA 58% (8 Jan 2026).'),
    ).toBeVisible()
    const details = within(figure).getByText('Details').closest('details')!
    expect(details).not.toHaveAttribute('open')
    expect(
      within(details).getByText('Each source is its own line.'),
    ).not.toBeVisible()
    expect(figure).toHaveAccessibleDescription(
      'As of 8 Jan 2026, purchases were 6.9 Mt, 58% of the pledge.',
    )
    await user.click(within(figure).getByText('Details'))
    expect(details).toHaveAttribute('open')
    expect(
      within(details).getByText('Each source is its own line.'),
    ).toBeVisible()
  })

  it('toggles an accessible table; a non-http source is text, never a link', async () => {
    const user = userEvent.setup()
    renderFrame()
    await user.click(screen.getByRole('button', { name: 'Show table' }))
    const t = await screen.findByRole('table', {
      name: /Soybeans — every observation — 2 rows/,
    })
    expect(within(t).getByRole('link', { name: 'Glacier' })).toHaveAttribute(
      'href',
      'https://example.org/a',
    )
    expect(
      within(t).queryByRole('link', { name: 'Evil' }),
    ).not.toBeInTheDocument()
    expect(t).toHaveTextContent('Evil (javascript:alert(1))')
    expect(screen.getByRole('button', { name: 'Hide table' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })
})
