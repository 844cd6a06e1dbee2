/**
 * The "At a glance" region read in each language, by role and visible text:
 * heading, each card's verdict word, figure and deadline, the link to its
 * figure, and the freshness notice, from the shipped dataset on a fixed day.
 */
import { readFileSync } from 'node:fs'

import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { parseDatasetText } from '@/data/validate-dataset'
import { computeGlance } from '@/domain/glance/at-a-glance'
import { freshnessNote } from '@/domain/glance/freshness'
import type { Lang } from '@/domain/i18n'
import { LangContext } from '@/i18n/lang-context'
import { AtAGlance } from '@/ui/at-a-glance/at-a-glance'
import { en, zh } from '../../lang'

const dataset = parseDatasetText(readFileSync('data/commitments.json', 'utf8'))
const NOW = Date.UTC(2026, 11, 2, 12)

function renderGlance(lang: Lang, isFigureShown = () => true) {
  const cards = computeGlance(dataset, NOW, lang)
  const freshness = freshnessNote(dataset.meta.asOfMs, NOW, lang)
  render(
    <LangContext value={lang}>
      <AtAGlance
        cards={cards}
        {...(freshness !== undefined && { freshness })}
        isFigureShown={isFigureShown}
      />
    </LangContext>,
  )
}

/** The cards of a region: list items with a title (figures are nested lists). */
const cardsIn = (region: HTMLElement) =>
  within(region)
    .getAllByRole('listitem')
    .filter((li) => within(li).queryByRole('heading', { level: 3 }))

/** [language, heading, [card title, verdict, figure, deadline], freshness]. */
const CASES: [
  string,
  Lang,
  string,
  [string, string, string, string][],
  string,
][] = [
  [
    'English',
    en,
    'At a glance',
    [
      [
        'US tariffs on Chinese goods now',
        'Expiry passed — outcome unknown',
        '10% US headline additional tariff',
        'Section 122 surcharge (collected rate) was due to end 24 Jul 2026 — outcome unknown (no data after 29 Jun 2026)',
      ],
      [
        'China’s tariffs on US goods now',
        'Expiry passed — outcome unknown',
        '10% China counter-tariff',
        'The 24-point suspension was due to end 10 Nov 2026',
      ],
      [
        'China to buy 12 Mt of US soybeans (first tranche)',
        'Sources disagree',
        '58% of 12 Mt (about 6.9 Mt) · USDA',
        'Latest of 3 stated deadlines, 28 Feb 2026, passed',
      ],
      [
        'China to buy ≥25 Mt of US soybeans in 2026',
        'No data',
        'No figures toward 25 Mt',
        'Latest of 2 stated deadlines: 31 Aug 2027 (approximate), in 272 days',
      ],
      [
        'China’s rare-earth and critical-mineral export controls',
        'Expiry passed — outcome unknown',
        '6 of 11 controls paused',
        '5 were due to end 10 Nov 2026, 1 on 27 Nov 2026',
      ],
      [
        'US-side suspensions',
        'Expiry passed — outcome unknown',
        '2 of 3 suspensions in place',
        '1 was due to end 9 Nov 2026, 1 on 10 Nov 2026',
      ],
    ],
    'The data stop at 29 Jun 2026, 156 days ago; later dates are scheduled, not observed.',
  ],
  [
    'Chinese',
    zh,
    '概览',
    [
      [
        '美国当前对华加征关税',
        '已过到期日——结果未知',
        '10%（US headline additional tariff on China (new 2025 layers)，2026年2月24日起）',
        '原定于2026年7月24日到期——结果未知（2026年6月29日后无数据）',
      ],
      [
        '中国当前对美加征关税',
        '已过到期日——结果未知',
        '10%（China counter-tariff on all US goods，2025年11月10日起）',
        '24个百分点的暂停期原定于2026年11月10日到期',
      ],
      [
        // Dataset labels stay English until the dataset carries Chinese ones.
        'China to buy 12 Mt of US soybeans (first tranche)',
        '各方来源不一',
        '58%（目标1200万吨，已完成约690万吨） · USDA',
        '最晚截止日期（共3个）：2026年2月28日，已过——2026年1月20日后无数据',
      ],
      [
        'China to buy ≥25 Mt of US soybeans in 2026',
        '无数据',
        '暂无数据（目标2500万吨；数据集中没有追踪该承诺的来源）',
        '最晚截止日期（共2个）：2027年8月31日前后，还有272天',
      ],
      [
        '中国稀土及关键矿产出口管制',
        '已过到期日——结果未知',
        '11项中6项管制措施暂停中',
        '5项原定于2026年11月10日到期，1项原定于2026年11月27日到期——结果未知',
      ],
      [
        '美方暂停措施',
        '已过到期日——结果未知',
        '3项中2项暂停措施仍有效',
        '1项原定于2026年11月9日到期，1项原定于2026年11月10日到期',
      ],
    ],
    '数据截至2026年6月29日，距今已156天；此后的日期均为计划日期，未经观测。',
  ],
]

describe('At a glance in each language', () => {
  it.each(CASES)('%s', (_name, lang, heading, expected, freshness) => {
    renderGlance(lang)
    const region = screen.getByRole('region', { name: heading })
    expect(
      within(region).getByRole('heading', { level: 2, name: heading }),
    ).toBeInTheDocument()
    expect(region).toHaveTextContent(freshness)
    const cards = cardsIn(region)
    expect(cards).toHaveLength(expected.length)
    cards.forEach((card, i) => {
      const [title, verdict, figure, deadline] = expected[i]!
      expect(card).toHaveAccessibleName(title)
      expect(
        within(card).getByText(verdict, { selector: '.glance-verdict__word' }),
      ).toBeInTheDocument()
      expect(within(card).getAllByRole('listitem')[0]).toHaveTextContent(figure)
      expect(card).toHaveTextContent(deadline)
      expect(
        within(card).getByRole('link', {
          name: `${lang === zh ? '查看图表：' : 'See the figure: '}${title}`,
        }),
      ).toBeInTheDocument()
    })
  })

  it('speaks the verdict and the as-of date in Chinese', () => {
    renderGlance(zh)
    const card = cardsIn(screen.getByRole('region', { name: '概览' }))[4]!
    expect(card).toHaveTextContent('结论：已过到期日——结果未知')
    expect(card).toHaveTextContent('截至2026年6月29日')
    expect(card).not.toHaveTextContent(/Verdict|as of|See the figure/)
  })

  it('says in Chinese when the filters hide a card’s figure', () => {
    renderGlance(zh, () => false)
    const region = screen.getByRole('region', { name: '概览' })
    expect(within(region).queryAllByRole('link')).toEqual([])
    expect(within(region).getAllByText('图表已被筛选条件隐藏')).toHaveLength(6)
  })

  it('says in Chinese when there is nothing to judge', () => {
    render(
      <LangContext value={zh}>
        <AtAGlance cards={[]} isFigureShown={() => true} />
      </LangContext>,
    )
    expect(screen.getByText('本数据集中没有可评估的承诺。')).toBeInTheDocument()
  })
})
