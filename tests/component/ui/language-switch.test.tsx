import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { LanguageSwitch } from '@/ui/language-switch'

describe(LanguageSwitch, () => {
  it.each([
    ['zh-CN', '中文'],
    ['en', 'English'],
  ] as const)(
    'links to the %s page by its own name, marked with its language for screen readers',
    (to, name) => {
      render(<LanguageSwitch to={to} href="/other/" onSwitch={() => {}} />)
      const link = screen.getByRole('link', { name })
      expect(link).toHaveAttribute('lang', to)
      expect(link).toHaveAttribute('hreflang', to)
      expect(link).toHaveAttribute('href', '/other/')
      // What sighted readers see is the same name.
      expect(link).toHaveTextContent(name)
    },
  )

  it('switches in place on a plain click, and leaves a new-tab click to the browser', async () => {
    const user = userEvent.setup()
    const onSwitch = vi.fn()
    render(<LanguageSwitch to="zh-CN" href="/zh/" onSwitch={onSwitch} />)
    const link = screen.getByRole('link', { name: '中文' })
    await user.click(link)
    expect(onSwitch).toHaveBeenCalledWith('zh-CN')
    onSwitch.mockClear()
    // jsdom does not navigate; the handler must just stay out of the way.
    await user.keyboard('{Control>}')
    await user.click(link)
    await user.keyboard('{/Control}')
    expect(onSwitch).not.toHaveBeenCalled()
  })
})
