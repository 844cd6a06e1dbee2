import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { CommodityFilter } from '@/ui/controls/commodity-filter'

describe('CommodityFilter', () => {
  it('is a group named Commodities whose checkboxes report the new selection in registry order', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(<CommodityFilter value={['soybeans']} onChange={onChange} />)
    expect(
      screen.getByRole('group', { name: 'Commodities' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Soybeans' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Tariffs' })).not.toBeChecked()
    await user.click(screen.getByRole('checkbox', { name: 'Tariffs' }))
    expect(onChange).toHaveBeenLastCalledWith(['tariffs', 'soybeans'])
    await user.click(screen.getByRole('checkbox', { name: 'Soybeans' }))
    expect(onChange).toHaveBeenLastCalledWith([])
  })
})
