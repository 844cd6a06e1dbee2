import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { PeriodBarsChart } from '@/charts/period-bars-chart'
import { magnetBarsModel } from '../../fixtures/chart-models'

const SIZE = { width: 800, height: 288 } as const

describe('PeriodBarsChart', { timeout: 30_000 }, () => {
  it('labels each bar group by its period and the value axis by its unit', () => {
    const { container } = render(
      <PeriodBarsChart model={magnetBarsModel} {...SIZE} theme="light" />,
    )
    const svg = within(container)
    for (const period of ['Jun 2025', 'Jul 2025', 'Aug 2025'])
      expect(svg.getByText(period)).toBeInTheDocument()
    expect(svg.getByText('t')).toBeInTheDocument()
    expect(svg.getByText('7,000')).toBeInTheDocument()
  })

  it('shows each series value of a period, by name, when the keyboard moves to it', async () => {
    const user = userEvent.setup()
    const { container } = render(
      <PeriodBarsChart model={magnetBarsModel} {...SIZE} theme="light" />,
    )
    await user.click(screen.getByRole('application'))
    await user.keyboard('{ArrowRight}')
    const tooltip = within(container).getByText('1 Jul 2025').parentElement!
    // July has no all-destinations figure: only the US series is listed.
    expect(
      within(tooltip)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      "China's rare-earth magnet exports to the US, monthly: 619 t · In force · set 2025-07-01Source: STR (Original report)",
    ])
  })

  it('is not a keyboard application and has no tooltip when drawn for an export', () => {
    render(
      <PeriodBarsChart
        model={magnetBarsModel}
        {...SIZE}
        theme="light"
        interactive={false}
      />,
    )
    expect(screen.queryByRole('application')).toBeNull()
  })
})
