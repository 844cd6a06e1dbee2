/** Drawn charts in Chinese: axis ticks, reference labels, names of markers and lanes. */
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'

import { PauseTimelineChart } from '@/charts/pause-timeline-chart'
import { TimeChart } from '@/charts/time-chart'
import { LangContext } from '@/i18n/lang-context'
import { zh } from '../../lang'
import {
  pauseChartModel,
  soybeanChartModel,
  soybeanTarget,
  tariffChartModel,
} from '../../fixtures/chart-models'

const inChinese = (ui: ReactNode) =>
  render(<LangContext value={zh}>{ui}</LangContext>)

const SIZE = { width: 800, height: 360 } as const

describe('drawn charts in Chinese', { timeout: 30_000 }, () => {
  it('time chart: Chinese month ticks, as-of and today labels, marker names', () => {
    const { container } = inChinese(
      <TimeChart model={tariffChartModel} {...SIZE} theme="light" />,
    )
    const svg = within(container)
    for (const month of ['2025年1月', '2026年1月', '2026年10月'])
      expect(svg.getByText(month)).toBeInTheDocument()
    expect(svg.queryByText('Jan 2026')).toBeNull()
    expect(svg.getByText('截至')).toBeInTheDocument()
    expect(svg.getByText('今日')).toBeInTheDocument()
    expect(svg.getByText('截至日之后：未经观测')).toBeInTheDocument()
    expect(
      screen
        .getAllByRole('button', { name: /^事件/ })
        .map((m) => m.getAttribute('aria-label')),
    ).toEqual([
      '事件1. 2025-10-30：Busan summit',
      '事件2. 2026-11-10：Truce ends（scheduled）',
    ])
  })

  it('time chart: compact Chinese ticks on a narrow plot, the year only on January', () => {
    const { container } = inChinese(
      <TimeChart
        model={tariffChartModel}
        width={390}
        height={300}
        theme="light"
      />,
    )
    const ticks = [...container.querySelectorAll('text')]
      .map((t) => t.textContent ?? '')
      .filter((t) => /^(\d\d年)?\d{1,2}月$/.test(t))
    expect(ticks.length).toBeGreaterThanOrEqual(4)
    expect(ticks).toContain('26年1月')
    expect(ticks).toContain('7月')
    expect(ticks.filter((t) => t.includes('年'))).toEqual(
      ticks.filter((t) => t.endsWith('年1月')),
    )
  })

  it('time chart: the unit axis and the pledge label in Chinese', () => {
    const { container } = inChinese(
      <TimeChart
        model={{
          ...soybeanChartModel,
          overlays: { targets: [soybeanTarget], bands: [] },
        }}
        {...SIZE}
        theme="light"
      />,
    )
    const svg = within(container)
    expect(svg.getByText('百万吨')).toBeInTheDocument()
    expect(svg.getByText('承诺1200万吨（中方未确认）')).toBeInTheDocument()
  })

  it('time chart: the hover tooltip dates in Chinese, tells how to pin; the pinned panel is named in Chinese', async () => {
    const user = userEvent.setup()
    const { container } = inChinese(
      <TimeChart model={tariffChartModel} {...SIZE} theme="light" />,
    )
    act(() => screen.getByRole('application').focus())
    await user.keyboard('{ArrowRight}{ArrowRight}')
    const tooltip = within(container).getByText('2025年11月10日').parentElement!
    expect(tooltip).toHaveTextContent(
      'IEEPA fentanyl tariff：10% · In force · 设定于2025-11-10来源：STR（Original report）',
    )
    expect(tooltip).toHaveTextContent(
      '点击、轻触或按回车键固定；按退出键关闭。',
    )
    // Enter pins the values of that date in a panel named in Chinese.
    await user.keyboard('{Enter}')
    const pinned = screen.getByRole('dialog', { name: '2025年11月10日的数值' })
    await user.click(within(pinned).getByRole('button', { name: '关闭' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('pause timeline: Chinese names, ticks and reference labels', () => {
    const { container } = inChinese(
      <PauseTimelineChart model={pauseChartModel} width={1000} theme="light" />,
    )
    const chart = screen.getByRole('group', { name: '各项措施时间线' })
    expect(
      screen.getAllByRole('img').map((w) => w.getAttribute('aria-label'))[2],
    ).toBe(
      'Affiliates rule：Paused 10 Nov 2025 – no end known；pause has no announced end',
    )
    const svg = within(container)
    expect(svg.getByText('2026年1月')).toBeInTheDocument()
    expect(within(chart).getByText('截至')).toBeInTheDocument()
    expect(within(chart).getByText('今日')).toBeInTheDocument()
  })
})
