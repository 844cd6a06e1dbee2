import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { RenderErrorBoundary } from '@/ui/status/render-error-boundary'

let broken = true
function Chart({ name }: { name: string }) {
  if (name === 'Soybeans' && broken) throw new Error('x scale has no domain')
  return <p>{name} chart</p>
}

describe('RenderErrorBoundary', () => {
  it('shows a failing figure’s error inline while the other figures keep working', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <>
        {['Tariffs', 'Soybeans', 'Rare earths'].map((name) => (
          <RenderErrorBoundary key={name} label={`The ${name} figure`}>
            <Chart name={name} />
          </RenderErrorBoundary>
        ))}
      </>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The Soybeans figure could not be drawn. x scale has no domain',
    )
    expect(screen.getByText('Tariffs chart')).toBeInTheDocument()
    expect(screen.getByText('Rare earths chart')).toBeInTheDocument()
    broken = false
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Soybeans chart')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    log.mockRestore()
  })
})
