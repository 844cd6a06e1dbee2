/** The chart components' own words in Chinese (the dataset's labels stay as given). */
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'

import { ChartFrame } from '@/charts/chart-frame'
import { ChartTooltip } from '@/charts/chart-tooltip'
import { EventList } from '@/charts/event-list'
import { EventPopover } from '@/charts/event-popover'
import { legendFor } from '@/charts/figure-legend'
import type { AnyFigure } from '@/domain/figure-model'
import type { ChartMarker, ChartRow } from '@/domain/time-chart'
import { LangContext } from '@/i18n/lang-context'
import { zh } from '../../lang'

const inChinese = (ui: ReactNode) =>
  render(<LangContext value={zh}>{ui}</LangContext>)

const source = {
  publisher: 'USDA',
  url: 'https://usda.example/a',
  title: 'Export sales',
  kind: 'original-report' as const,
  kindLabel: 'Original report',
}

const markers: ChartMarker[] = [
  {
    n: 1,
    id: 'busan',
    x: Date.UTC(2025, 9, 30),
    date: '2025-10-30',
    dateTime: '2025-10-30',
    label: 'Busan summit',
    description: 'One-year truce.',
    scheduled: false,
  },
  {
    n: 2,
    id: 'end',
    x: Date.UTC(2026, 10, 10),
    date: '2026-11-10',
    dateTime: '2026-11-10',
    label: 'Truce ends',
    description: 'The pause lapses.',
    scheduled: true,
    status: 'scheduled',
  },
]

function frame() {
  return (
    <ChartFrame
      id="soy"
      title="Soybeans"
      subtitle="2025–2026"
      summary="Summary."
      takeaway="Takeaway."
      legend={[
        {
          label: 'USDA',
          color: '#000',
          dash: '',
          shape: 'line',
          strokeWidth: 2,
        },
      ]}
      notes={['A note.']}
      gaps={['No 2026 data.', 'No customs data.']}
      sourceLine="Sources: USDA"
      asOfLine="as of 2026-06-29"
      table={{
        caption: 'Soybeans',
        columns: [{ key: 'date', label: 'Date' }],
        rows: [
          { id: 'a', cells: { date: '2025-11-14' }, sources: [source] },
          { id: 'b', cells: { date: '2026-01-08' }, sources: [source] },
        ],
      }}
      footer={<EventList markers={markers} />}
    >
      <svg aria-hidden="true" />
    </ChartFrame>
  )
}

describe('charts in Chinese', () => {
  it('frame: table button, details, gaps, legend and event list speak Chinese', async () => {
    const user = userEvent.setup()
    inChinese(frame())
    const figure = screen.getByRole('figure', { name: 'Soybeans' })
    expect(
      within(figure).getByRole('list', { name: '图例' }),
    ).toHaveTextContent('USDA')
    expect(within(figure).getByText('详情')).toBeInTheDocument()
    expect(
      within(figure).getByText('数据未能说明的情况（2）'),
    ).toBeInTheDocument()
    const events = within(figure).getByText('本图事件（2）').closest('details')!
    const items = within(events).getAllByRole('listitem')
    expect(items.map((i) => i.textContent)).toEqual([
      '2025-10-30——Busan summit：One-year truce.',
      '2026-11-10——Truce ends（scheduled）：The pause lapses.',
    ])
    expect(screen.queryByRole('button', { name: 'Show table' })).toBeNull()
    await user.click(screen.getByRole('button', { name: '显示表格' }))
    const table = await screen.findByRole('table', { name: 'Soybeans——共2行' })
    expect(
      screen.getByRole('region', { name: 'Soybeans（表格）' }),
    ).toContainElement(table)
    expect(
      within(table).getByRole('columnheader', { name: '来源' }),
    ).toBeInTheDocument()
    expect(table).toHaveTextContent('USDA（Original report）')
    expect(screen.getByRole('button', { name: '隐藏表格' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  it('tooltip: date, value in Chinese units, when set, conflict and source', () => {
    const row: ChartRow = {
      x: Date.UTC(2025, 10, 20),
      values: { usda: 6.9, alt: 7 },
      info: {
        usda: {
          label: 'USDA',
          value: 6.9,
          unit: 'Mt',
          date: '2026-01-08',
          status: 'In force',
          approx: true,
          range: '6.5–7.2',
          conflict: 'Another source says 7 Mt',
          weaklySourced: true,
          sources: [source],
        },
        alt: {
          label: 'Customs',
          value: 7,
          unit: 'Mt',
          date: '2026-01-08',
          status: 'In force',
          approx: false,
          weaklySourced: false,
          sources: [source, { ...source, publisher: 'Reuters' }],
        },
      },
    }
    inChinese(
      <ChartTooltip
        active
        payload={[{ payload: row }]}
        keys={['usda', 'alt']}
        hint="hint"
      />,
    )
    expect(screen.getByText('2025年11月20日')).toBeInTheDocument()
    const [usda, alt] = screen.getAllByRole('listitem')
    expect(usda).toHaveTextContent(
      'USDA：≈690万吨（区间6.5–7.2）· In force · 设定于2026-01-08',
    )
    expect(usda).toHaveTextContent('来源不一：Another source says 7 Mt')
    expect(usda).toHaveTextContent(
      '来源：USDA（Original report）——来源薄弱（仅有二手来源）',
    )
    expect(alt).toHaveTextContent(
      '来源：USDA（Original report）；Reuters（Original report）',
    )
    expect(within(alt!).getByRole('link', { name: 'Reuters' })).toBeVisible()
  })

  it('tooltip: no value on a date', () => {
    inChinese(
      <ChartTooltip
        active
        payload={[
          { payload: { x: Date.UTC(2026, 5, 29), values: {}, info: {} } },
        ]}
        keys={['x']}
      />,
    )
    expect(screen.getByText('2026年6月29日')).toBeInTheDocument()
    expect(screen.getByText('该日无数值。')).toBeInTheDocument()
  })

  it('event popover: named by its events, Close in Chinese', async () => {
    const user = userEvent.setup()
    let closed = 0
    inChinese(
      <EventPopover
        id="p"
        events={markers}
        left={0}
        top={0}
        width={280}
        onClose={() => closed++}
      />,
    )
    const region = screen.getByRole('region', { name: '事件1–2' })
    expect(within(region).getAllByRole('listitem')[1]).toHaveTextContent(
      '2026-11-10：Truce ends（scheduled）——The pause lapses.',
    )
    await user.click(within(region).getByRole('button', { name: '关闭' }))
    expect(closed).toBe(1)
  })
})

describe('legend entries in Chinese', () => {
  it('names the window states, the after-as-of windows and the reference lines of a pause figure', () => {
    // The window states' words are the vocabulary's (vocab.windowState.*), as in the pause table.
    const figure = {
      kind: 'pauses',
      asOfX: 1,
      todayX: 2,
    } as unknown as AnyFigure
    expect(legendFor(figure, 'light', zh).map((i) => i.label)).toEqual([
      '生效中',
      '暂停中',
      '计划中',
      '截至日之后：计划中（虚线）或结果未知（点线）',
      '数据截至日（其后未经观测）',
      '今日',
    ])
  })
})
