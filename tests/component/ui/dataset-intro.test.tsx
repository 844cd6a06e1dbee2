import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { DatasetIntro } from '@/ui/dataset-intro'

const DESCRIPTION =
  'US and Chinese tariff layers, 2025–2026. Its latest dated fact is 2026-06-29, so anything later is scheduled. Each value cites its sources.'

describe('DatasetIntro', () => {
  it('shows one sentence and keeps the rest of the description behind "About this dataset"', async () => {
    const user = userEvent.setup()
    render(<DatasetIntro description={DESCRIPTION} />)
    expect(
      screen.getByText('US and Chinese tariff layers, 2025–2026.'),
    ).toBeVisible()
    const rest = screen.getByText(
      'Its latest dated fact is 2026-06-29, so anything later is scheduled. Each value cites its sources.',
    )
    expect(rest).not.toBeVisible()
    await user.click(screen.getByText('About this dataset'))
    expect(rest).toBeVisible()
  })

  it('offers no disclosure when the description is one sentence', () => {
    render(<DatasetIntro description="Only this." />)
    expect(screen.getByText('Only this.')).toBeVisible()
    expect(screen.queryByText('About this dataset')).toBeNull()
  })
})
