/** The filters toolbar in Chinese: names by role and visible text, the same behaviour as in English. */
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'

import { presetRange } from '@/domain/date-range'
import { LangContext } from '@/i18n/lang-context'
import { CommodityFilter } from '@/ui/controls/commodity-filter'
import { FiltersDisclosure } from '@/ui/controls/filters-disclosure'
import { RangeControl } from '@/ui/controls/range-control'
import { SeriesToggles } from '@/ui/controls/series-toggles'
import { TariffOptions } from '@/ui/controls/tariff-options'
import { zh } from '../../lang'

const inChinese = (ui: ReactNode) =>
  render(<LangContext value={zh}>{ui}</LangContext>)

describe('the filters in Chinese', () => {
  it('names the commodity group and each commodity, with its description as help', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    inChinese(<CommodityFilter value={['soybeans']} onChange={onChange} />)
    expect(screen.getByRole('group', { name: '品类' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: '大豆' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: '稀土' })).not.toBeChecked()
    expect(screen.getByText('关税').closest('label')).toHaveAttribute(
      'title',
      '美国对中国商品加征的关税，以及中国对美国商品加征的关税',
    )
    await user.click(screen.getByRole('checkbox', { name: '关税' }))
    expect(onChange).toHaveBeenLastCalledWith(['tariffs', 'soybeans'])
  })

  it('names the range presets and dates, and explains a reversed range in Chinese', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    inChinese(
      <RangeControl value={presetRange('busan-deal')} onChange={onChange} />,
    )
    expect(screen.getByRole('group', { name: '时间范围' })).toBeInTheDocument()
    const presets = screen.getByRole('group', { name: '预设时间范围' })
    expect(presets).toHaveTextContent(
      '贸易战（2018年起）2025年关税升级釜山协议2025—2026年',
    )
    expect(screen.getByRole('button', { name: '釜山协议' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await user.click(screen.getByRole('button', { name: '2025年关税升级' }))
    expect(onChange).toHaveBeenLastCalledWith(presetRange('escalation-2025'))
    const end = screen.getByLabelText('结束日期')
    await user.clear(end)
    await user.type(end, '2025-09-01')
    expect(screen.getByRole('alert')).toHaveTextContent(
      '起始日期须早于结束日期。',
    )
    expect(screen.getByLabelText('起始日期')).toBeInTheDocument()
  })

  it('names the tariff options and each direction', async () => {
    const user = userEvent.setup()
    const onDirection = vi.fn()
    const onShowAverages = vi.fn()
    inChinese(
      <TariffOptions
        direction="both"
        showAverages={false}
        onDirection={onDirection}
        onShowAverages={onShowAverages}
      />,
    )
    expect(screen.getByRole('group', { name: '关税选项' })).toBeInTheDocument()
    const direction = screen.getByRole('combobox', { name: '方向' })
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      '双向',
      '美国对中国商品',
      '中国对美国商品',
    ])
    await user.selectOptions(direction, '中国对美国商品')
    expect(onDirection).toHaveBeenLastCalledWith('china-on-us')
    await user.click(
      screen.getByRole('checkbox', {
        name: '显示平均税率估算（测算方法不一）',
      }),
    )
    expect(onShowAverages).toHaveBeenLastCalledWith(true)
  })

  it('heads the toolbar "筛选" and counts the shown series', () => {
    inChinese(
      <FiltersDisclosure summary="全部品类 · 2025—2026年">
        <SeriesToggles
          label="关税层级"
          options={[
            { id: 'a', label: '第301条款', visible: true },
            { id: 'b', label: '芬太尼关税', visible: false },
          ]}
          onToggle={() => undefined}
        />
      </FiltersDisclosure>,
    )
    expect(screen.getByText('筛选')).toBeInTheDocument()
    expect(screen.getByText('关税层级（显示1项，共2项）')).toBeInTheDocument()
    expect(screen.getByRole('group', { name: '关税层级' })).toBeInTheDocument()
  })
})
