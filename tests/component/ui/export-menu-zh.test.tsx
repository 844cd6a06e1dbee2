/** The export menu in Chinese: every action named in Chinese, status and failures in Chinese sentences. */
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { LangContext } from '@/i18n/lang-context'
import { ExportMenu } from '@/ui/export-menu'
import { zh } from '../../lang'

function setup(overrides: Partial<Parameters<typeof ExportMenu>[0]> = {}) {
  const props = {
    onDownloadPng: vi.fn(async () => '已下载a.png。'),
    onDownloadSvg: vi.fn(async () => {
      throw new Error('画布不可用')
    }),
    onDownloadCsv: vi.fn(() => '已下载a.csv。'),
    onCopyImage: vi.fn(async () => '图片已复制到剪贴板。'),
    onCopyEmbed: vi.fn(async () => '嵌入代码已复制'),
    linkUrl: () => 'https://tracker.example/?lang=zh-CN',
    ...overrides,
  }
  render(
    <LangContext value={zh}>
      <ExportMenu {...props} />
    </LangContext>,
  )
  return { user: userEvent.setup(), props }
}

describe('ExportMenu in Chinese', () => {
  it('opens from "导出" and names every action and the image size in Chinese', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: '导出' }))
    expect(screen.getByRole('button', { name: '导出' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    for (const name of [
      '下载PNG',
      '下载SVG',
      '下载CSV',
      '复制图片',
      '复制嵌入代码',
      '复制链接',
    ])
      expect(screen.getByRole('button', { name })).toBeEnabled()
    expect(screen.getByRole('group', { name: '图片尺寸' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: '2倍' })).toBeChecked()
  })

  it('passes the chosen scale and reports success and failure in Chinese', async () => {
    const { user, props } = setup()
    await user.click(screen.getByRole('button', { name: '导出' }))
    await user.click(screen.getByRole('radio', { name: '4倍' }))
    await user.click(screen.getByRole('button', { name: '下载PNG' }))
    expect(props.onDownloadPng).toHaveBeenCalledWith(4)
    expect(await screen.findByRole('status')).toHaveTextContent('已下载a.png。')
    await user.click(screen.getByRole('button', { name: '下载SVG' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '导出SVG失败：画布不可用',
    )
  })

  it('falls back to the link, selected, with a Chinese label when the clipboard is denied', async () => {
    const { user } = setup()
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: () => Promise.reject(new DOMException('denied')),
      },
    })
    await user.click(screen.getByRole('button', { name: '导出' }))
    await user.click(screen.getByRole('button', { name: '复制链接' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^复制链接失败：.+；请在下方选中后复制$/,
    )
    expect(
      screen.getByRole('textbox', { name: '请手动复制此链接' }),
    ).toHaveValue('https://tracker.example/?lang=zh-CN')
  })
})
