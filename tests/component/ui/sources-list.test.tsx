import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { parseIsoDate } from '@/domain/dates'
import type { Source } from '@/domain/types'
import { SourcesList } from '@/ui/sources-list'

const source = (id: string, overrides: Partial<Source>): Source => ({
  id,
  publisher: 'Publisher',
  title: 'A title',
  url: `https://example.org/${id}`,
  publishedMs: null,
  publishedPrecision: 'day',
  kind: 'original-report',
  ...overrides,
})

const sources: Source[] = [
  source('mofcom', { publisher: 'MOFCOM', title: null, kind: 'official' }),
  source('baird', {
    publisher: 'Baird Maritime',
    via: 'Reuters',
    kind: 'syndicated',
    title: 'China hits 12m-tonne US soybean target pledged in trade truce',
    publishedMs: parseIsoDate('2026-01-20')!,
  }),
  source('preseen', { publisher: 'Preseen', kind: 'secondary' }),
  source('geopolitechs', {
    publisher: 'Geopolitechs',
    kind: 'secondary',
    publishedMs: parseIsoDate('2025-06-01')!,
    publishedPrecision: 'month',
  }),
]

describe('SourcesList', () => {
  it('shows the count of each kind as text and each source with its kind', () => {
    render(<SourcesList sources={sources} />)
    const filter = screen.getByRole('group', { name: 'Show sources of kind' })
    for (const name of [
      'Official (1)',
      'Original report (0)',
      'Syndicated (1)',
      'Secondary (2)',
    ])
      expect(within(filter).getByRole('checkbox', { name })).toBeChecked()
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(4)
    expect(items[0]).toHaveTextContent(
      'MOFCOM — untitled page on example.org (undated; Official)',
    )
    expect(items[1]).toHaveTextContent(
      'Reuters, via Baird Maritime — China hits 12m-tonne US soybean target pledged in trade truce (2026-01-20; Syndicated)',
    )
    expect(items[3]).toHaveTextContent('(Jun 2025; Secondary)')
    expect(screen.queryByText(/n\.d\.|title not shown|confidence/)).toBeNull()
  })

  it('filters by kind and says how many are shown', async () => {
    const user = userEvent.setup()
    render(<SourcesList sources={sources} />)
    await user.click(screen.getByRole('checkbox', { name: 'Secondary (2)' }))
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
    expect(screen.getByRole('status')).toHaveTextContent(
      'Showing 2 of 4 sources.',
    )
    await user.click(screen.getByRole('checkbox', { name: 'Official (1)' }))
    expect(screen.getAllByRole('listitem')).toHaveLength(1)
    expect(screen.getByRole('listitem')).toHaveTextContent('Reuters, via')
    await user.click(screen.getByRole('checkbox', { name: 'Secondary (2)' }))
    expect(screen.getAllByRole('listitem')).toHaveLength(3)
  })
})
