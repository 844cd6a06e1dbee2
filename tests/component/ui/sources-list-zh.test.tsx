/** The sources list and its panel in Chinese: kind filter, counts, undated and untitled sources, the byline of a copy. */
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { parseIsoDate } from '@/domain/dates'
import type { Source } from '@/domain/types'
import { LangContext } from '@/i18n/lang-context'
import { SourcesList } from '@/ui/sources-list'
import { SourcesPanel } from '@/ui/sources-panel'
import { zh } from '../../lang'

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
  source('mofcom', { publisher: '商务部', title: null, kind: 'official' }),
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

describe('SourcesList in Chinese', () => {
  it('counts each kind, and writes each source in Chinese around its original title', () => {
    render(
      <LangContext value={zh}>
        <SourcesList sources={sources} />
      </LangContext>,
    )
    expect(
      screen.getByRole('heading', { name: '来源（4）' }),
    ).toBeInTheDocument()
    const filter = screen.getByRole('group', { name: '按类型显示来源' })
    for (const name of [
      '官方（1个）',
      '原始报道（0个）',
      '转载（1个）',
      '二手来源（2个）',
    ])
      expect(within(filter).getByRole('checkbox', { name })).toBeChecked()
    const items = screen.getAllByRole('listitem')
    expect(items[0]).toHaveTextContent(
      '商务部 — example.org上的无标题页面（未注明日期；来源类型：官方）',
    )
    // Source titles stay in their original language.
    expect(items[1]).toHaveTextContent(
      'Reuters，经Baird Maritime转载 — China hits 12m-tonne US soybean target pledged in trade truce（2026年1月20日；来源类型：转载）',
    )
    expect(items[3]).toHaveTextContent('（2025年6月；来源类型：二手来源）')
    expect(screen.getByText('各类型的含义')).toBeInTheDocument()
  })

  it('filters by kind and says how many are shown, in Chinese', async () => {
    const user = userEvent.setup()
    render(
      <LangContext value={zh}>
        <SourcesList sources={sources} />
      </LangContext>,
    )
    await user.click(screen.getByRole('checkbox', { name: '二手来源（2个）' }))
    expect(screen.getAllByRole('listitem')).toHaveLength(2)
    expect(screen.getByRole('status')).toHaveTextContent('显示2个来源，共4个。')
  })

  it('opens and closes the panel with Chinese buttons', async () => {
    const user = userEvent.setup()
    render(
      <LangContext value={zh}>
        <SourcesPanel sources={sources} />
      </LangContext>,
    )
    await user.click(screen.getByRole('button', { name: '显示全部4个来源' }))
    expect(screen.getAllByRole('listitem')).toHaveLength(4)
    await user.click(screen.getByRole('button', { name: '收起来源列表' }))
    expect(screen.queryByRole('listitem')).toBeNull()
    expect(
      screen.getByRole('region', { name: '来源（4）' }),
    ).toBeInTheDocument()
  })
})
