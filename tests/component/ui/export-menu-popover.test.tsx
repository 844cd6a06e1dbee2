import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { ExportMenu } from '@/ui/export-menu'

const handlers = () => ({
  onDownloadPng: vi.fn(async () => 'png'),
  onDownloadSvg: vi.fn(async () => 'svg'),
  onDownloadCsv: vi.fn(() => 'csv'),
  onCopyImage: vi.fn(async () => 'copied'),
})

function setup(count = 1, linkUrl = () => 'https://x.test/?range=all#f') {
  render(
    <>
      <button type="button">Outside</button>
      {Array.from({ length: count }, (_, i) => (
        <section key={i} aria-label={`Figure ${i + 1}`}>
          <ExportMenu {...handlers()} linkUrl={linkUrl} />
        </section>
      ))}
    </>,
  )
  return userEvent.setup()
}

const exportIn = (name: string) =>
  within(screen.getByRole('region', { name })).getByRole('button', {
    name: 'Export',
  })

afterEach(() => vi.restoreAllMocks())

describe('ExportMenu as a popover', () => {
  it('closes on Escape and returns focus to its button', async () => {
    const user = setup()
    await user.click(exportIn('Figure 1'))
    await user.click(screen.getByRole('radio', { name: '4×' }))
    await user.keyboard('{Escape}')
    expect(
      screen.queryByRole('button', { name: 'Copy link' }),
    ).not.toBeInTheDocument()
    expect(exportIn('Figure 1')).toHaveFocus()
    expect(exportIn('Figure 1')).toHaveAttribute('aria-expanded', 'false')
  })

  it('closes on a click outside', async () => {
    const user = setup()
    await user.click(exportIn('Figure 1'))
    await user.click(screen.getByRole('button', { name: 'Outside' }))
    expect(exportIn('Figure 1')).toHaveAttribute('aria-expanded', 'false')
  })

  it('opening a second menu closes the first, even from the keyboard', async () => {
    const user = setup(2)
    await user.click(exportIn('Figure 1'))
    exportIn('Figure 2').focus()
    await user.keyboard('{Enter}')
    expect(exportIn('Figure 2')).toHaveAttribute('aria-expanded', 'true')
    expect(exportIn('Figure 1')).toHaveAttribute('aria-expanded', 'false')
    expect(screen.getAllByRole('button', { name: 'Copy link' })).toHaveLength(1)
  })

  it('Copy link writes the view URL and says so', async () => {
    const user = setup()
    const write = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockResolvedValue(undefined)
    await user.click(exportIn('Figure 1'))
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(write).toHaveBeenCalledWith('https://x.test/?range=all#f')
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Link to this view copied.',
    )
  })

  it('when the clipboard is denied, shows the link selected in a read-only field', async () => {
    const user = setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new Error('denied'),
    )
    await user.click(exportIn('Figure 1'))
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Copy link failed: denied',
    )
    const field = screen.getByRole('textbox', {
      name: 'Copy this link by hand',
    })
    expect(field).toHaveValue('https://x.test/?range=all#f')
    expect(field).toHaveAttribute('readonly')
    expect(field).toHaveFocus()
  })
})
