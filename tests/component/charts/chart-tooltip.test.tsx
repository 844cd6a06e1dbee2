import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { ChartTooltip } from '@/charts/chart-tooltip'
import type { ChartRow } from '@/domain/time-chart'

const row: ChartRow = {
  x: Date.UTC(2025, 10, 20),
  values: { fent: 10, recip: 10 },
  info: {
    fent: {
      label: 'IEEPA fentanyl tariff',
      value: 10,
      unit: 'pct',
      date: '2025-11-10',
      status: 'In force',
      approx: false,
      weaklySourced: false,
      sources: [
        {
          publisher: 'STR',
          url: 'https://str.example/x',
          title: 'T',
          kind: 'original-report',
          kindLabel: 'Original report',
        },
      ],
    },
    recip: {
      label: 'Reciprocal',
      value: 10,
      unit: 'pct',
      date: '2025-11-10',
      status: 'In force',
      approx: true,
      range: '9–11',
      conflict: 'Another source says 12%',
      weaklySourced: true,
      sources: [
        {
          publisher: 'Bad',
          url: 'javascript:alert(1)',
          title: 'B',
          kind: 'secondary',
          kindLabel: 'Secondary',
        },
      ],
    },
  },
}

describe('ChartTooltip', () => {
  it('shows date, value with unit, status, when it was set, conflicts and sources', () => {
    render(
      <ChartTooltip
        active
        payload={[{ payload: row }]}
        keys={['fent', 'recip']}
      />,
    )
    expect(screen.getByText('20 Nov 2025')).toBeInTheDocument()
    const items = screen.getAllByRole('listitem')
    expect(items[0]).toHaveTextContent(
      'IEEPA fentanyl tariff: 10% · In force · set 2025-11-10',
    )
    expect(screen.getByRole('link', { name: 'STR' })).toHaveAttribute(
      'href',
      'https://str.example/x',
    )
    expect(items[1]).toHaveTextContent('Reciprocal: ≈10% (range 9–11)')
    expect(items[1]).toHaveTextContent('Conflict: Another source says 12%')
    expect(screen.queryByRole('link', { name: 'Bad' })).not.toBeInTheDocument()
  })

  it('names the kind of each source and flags a value with secondary sources only', () => {
    render(
      <ChartTooltip
        active
        payload={[{ payload: row }]}
        keys={['fent', 'recip']}
      />,
    )
    const [fent, recip] = screen.getAllByRole('listitem')
    expect(fent).toHaveTextContent('Source: STR (Original report)')
    expect(fent).not.toHaveTextContent('weakly sourced')
    expect(recip).toHaveTextContent('Bad (javascript:alert(1)) (Secondary)')
    expect(recip).toHaveTextContent('weakly sourced (secondary sources only)')
  })

  it('renders nothing when inactive', () => {
    const { container } = render(
      <ChartTooltip
        active={false}
        payload={[{ payload: row }]}
        keys={['fent']}
      />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
