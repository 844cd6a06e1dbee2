import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { ExportMenu } from '@/ui/export-menu'

function setup(overrides: Partial<Parameters<typeof ExportMenu>[0]> = {}) {
  const props = {
    onDownloadPng: vi.fn(async (scale: number) => `png at ${scale}×`),
    onDownloadSvg: vi.fn(async () => 'svg done'),
    onDownloadCsv: vi.fn(() => 'csv done'),
    onCopyImage: vi.fn(async () => 'copied'),
    ...overrides,
  }
  render(<ExportMenu {...props} />)
  return { user: userEvent.setup(), props }
}

describe('ExportMenu', () => {
  it('opens from "Export" and offers the four actions by name', async () => {
    const { user } = setup()
    expect(
      screen.queryByRole('button', { name: 'Download PNG' }),
    ).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Export' }))
    expect(screen.getByRole('button', { name: 'Export' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    for (const name of [
      'Download PNG',
      'Download SVG',
      'Download CSV',
      'Copy image',
    ])
      expect(screen.getByRole('button', { name })).toBeEnabled()
  })

  it('passes the chosen PNG scale and reports each result', async () => {
    const { user, props } = setup()
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(screen.getByRole('radio', { name: '4×' }))
    await user.click(screen.getByRole('button', { name: 'Download PNG' }))
    expect(props.onDownloadPng).toHaveBeenCalledWith(4)
    expect(await screen.findByRole('status')).toHaveTextContent('png at 4×')
    await user.click(screen.getByRole('button', { name: 'Download CSV' }))
    expect(screen.getByRole('status')).toHaveTextContent('csv done')
  })

  it('offers "Copy embed code" only when given, and reports it', async () => {
    const onCopyEmbed = vi.fn(async () => 'Embed code copied')
    const { user } = setup({ onCopyEmbed })
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }))
    expect(onCopyEmbed).toHaveBeenCalledOnce()
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Embed code copied',
    )
  })

  it('has no "Copy embed code" without a handler', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Export' }))
    expect(
      screen.queryByRole('button', { name: 'Copy embed code' }),
    ).not.toBeInTheDocument()
  })

  it('shows a failure inline instead of failing silently', async () => {
    const { user } = setup({
      onDownloadSvg: vi.fn(async () =>
        Promise.reject(new Error('canvas exploded')),
      ),
    })
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(screen.getByRole('button', { name: 'Download SVG' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'SVG export failed: canvas exploded',
    )
  })

  it('reports a synchronous failure too', async () => {
    const { user } = setup({
      onDownloadCsv: vi.fn(() => {
        throw new Error('no rows')
      }),
    })
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(screen.getByRole('button', { name: 'Download CSV' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'CSV export failed: no rows',
    )
  })

  it('hints to load the pipeline on hover or focus, and to prepare the image at the chosen scale on opening', async () => {
    const onIntent = vi.fn()
    const onPrepare = vi.fn()
    const { user } = setup({ onIntent, onPrepare })
    const toggle = screen.getByRole('button', { name: 'Export' })
    await user.hover(toggle)
    expect(onIntent).toHaveBeenCalled()
    onIntent.mockClear()
    toggle.blur()
    await user.tab()
    expect(toggle).toHaveFocus()
    expect(onIntent).toHaveBeenCalled()
    expect(onPrepare).not.toHaveBeenCalled()

    await user.click(toggle)
    expect(onPrepare).toHaveBeenCalledExactlyOnceWith(2)
    await user.click(screen.getByRole('radio', { name: '4×' }))
    expect(onPrepare).toHaveBeenLastCalledWith(4)
    // Closing prepares nothing.
    await user.click(toggle)
    expect(onPrepare).toHaveBeenCalledTimes(2)
  })
})
