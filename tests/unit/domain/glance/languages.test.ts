/**
 * Every sentence kind of the "At a glance" region, from the same input in both
 * languages: the verdict words, the figures, the deadline and countdown
 * phrasings and the freshness notice. English must stay as it was; Chinese is
 * written as a Chinese financial desk would write it (2026年6月29日, 万吨).
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseDatasetText, validateDataset } from '@/data/validate-dataset'
import type { RawMeasure, RawSeries } from '@/data/schema'
import { computeGlance } from '@/domain/glance/at-a-glance'
import type { GlanceCard } from '@/domain/glance/card'
import { freshnessNote } from '@/domain/glance/freshness'
import { VERDICT_META, VERDICTS } from '@/domain/glance/verdicts'
import type { Lang } from '@/domain/i18n'
import {
  makeDataset,
  makeMeasure,
  makePoint,
  makeSeries,
  makeSoySeries,
  makeTarget,
} from '../../../fixtures/builders'
import { en, zh } from '../../../lang'

const SHIPPED = readFileSync('data/commitments.json', 'utf8')
const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`)
const LANGS = { en, zh } as const

/** A card's words in one line each: verdict, figures, detail, deadline. */
function read(card: GlanceCard, lang: Lang) {
  return {
    verdict: lang.t(VERDICT_META[card.verdict].label),
    ...(card.verdictDetail && { verdictDetail: card.verdictDetail }),
    figures: card.figures.map(
      (f) => `${f.value}|${f.context}${f.source ? `|${f.source}` : ''}`,
    ),
    ...(card.detail && { detail: card.detail }),
    deadline: card.deadline,
  }
}

const shippedCard = (now: string, id: string, lang: Lang) =>
  read(
    computeGlance(parseDatasetText(SHIPPED), at(now), lang).find(
      (c) => c.id === id,
    )!,
    lang,
  )

describe('verdict words', () => {
  it.each<[(typeof VERDICTS)[number], string, string]>([
    ['met', 'Met', '已达成'],
    ['not-met', 'Not met', '未达成'],
    ['on-track', 'On track', '进展正常'],
    ['behind', 'Behind', '落后'],
    ['in-force', 'In force', '生效中'],
    ['not-in-force', 'Not in force', '未生效'],
    ['paused', 'Paused', '暂停中'],
    [
      'deadline-passed',
      'Deadline passed — outcome unknown',
      '已过期限——结果未知',
    ],
    [
      'expiry-passed',
      'Expiry passed — outcome unknown',
      '已过到期日——结果未知',
    ],
    ['sources-disagree', 'Sources disagree', '各方来源不一'],
    ['no-data', 'No data', '无数据'],
  ])('%s: %s · %s', (verdict, english, chinese) => {
    expect(en.t(VERDICT_META[verdict].label)).toBe(english)
    expect(zh.t(VERDICT_META[verdict].label)).toBe(chinese)
  })

  it('covers every verdict, each with its own word in each language', () => {
    for (const lang of [en, zh]) {
      const words = VERDICTS.map((v) => lang.t(VERDICT_META[v].label))
      expect(new Set(words).size).toBe(VERDICTS.length)
    }
  })
})

describe('the shipped cards in both languages', () => {
  it.each<[string, string, keyof typeof LANGS, ReturnType<typeof read>]>([
    [
      '2026-12-02',
      'tariffs-us-on-china',
      'en',
      {
        verdict: 'Expiry passed — outcome unknown',
        figures: [
          '10%|US headline additional tariff on China (new 2025 layers), since 24 Feb 2026',
        ],
        detail: 'Made of: Section 122 surcharge (collected rate) 10%',
        deadline:
          'Section 122 surcharge (collected rate) was due to end 24 Jul 2026 — outcome unknown (no data after 29 Jun 2026)',
      },
    ],
    [
      '2026-12-02',
      'tariffs-us-on-china',
      'zh',
      {
        verdict: '已过到期日——结果未知',
        figures: [
          '10%|（US headline additional tariff on China (new 2025 layers)，2026年2月24日起）',
        ],
        detail: '构成：Section 122 surcharge (collected rate)（10%）',
        deadline:
          'Section 122 surcharge (collected rate)原定于2026年7月24日到期——结果未知（2026年6月29日后无数据）',
      },
    ],
    [
      '2026-12-02',
      'tariffs-china-on-us',
      'en',
      {
        verdict: 'Expiry passed — outcome unknown',
        figures: [
          '10%|China counter-tariff on all US goods, since 10 Nov 2025',
        ],
        detail: '24 more points suspended (would be 34%)',
        deadline:
          'The 24-point suspension was due to end 10 Nov 2026 — outcome unknown (no data after 29 Jun 2026)',
      },
    ],
    [
      '2026-12-02',
      'tariffs-china-on-us',
      'zh',
      {
        verdict: '已过到期日——结果未知',
        figures: [
          '10%|（China counter-tariff on all US goods，2025年11月10日起）',
        ],
        detail: '另有24个百分点暂停加征（否则为34%）',
        deadline:
          '24个百分点的暂停期原定于2026年11月10日到期——结果未知（2026年6月29日后无数据）',
      },
    ],
    [
      '2026-12-02',
      'pledge-soy-12mt',
      'en',
      {
        verdict: 'Sources disagree',
        verdictDetail:
          'Met (traders) · Deadline passed — outcome unknown (USDA, customs)',
        figures: [
          '58%|of 12 Mt (about 6.9 Mt)|USDA',
          '100%|of 12 Mt|traders',
          '0%|of 12 Mt|customs',
        ],
        deadline:
          'Latest of 3 stated deadlines, 28 Feb 2026, passed — no figure after 20 Jan 2026',
      },
    ],
    [
      '2026-12-02',
      'pledge-soy-12mt',
      'zh',
      {
        verdict: '各方来源不一',
        verdictDetail:
          '已达成（traders） · 已过期限——结果未知（USDA、customs）',
        figures: [
          '58%|（目标1200万吨，已完成约690万吨）|USDA',
          '100%|（目标1200万吨）|traders',
          '0%|（目标1200万吨）|customs',
        ],
        deadline:
          '最晚截止日期（共3个）：2026年2月28日，已过——2026年1月20日后无数据',
      },
    ],
    [
      '2026-12-02',
      'pledge-soy-25mt-2026',
      'en',
      {
        verdict: 'No data',
        figures: ['No figures|toward 25 Mt: nothing in the dataset tracks it'],
        deadline:
          'Latest of 2 stated deadlines: 31 Aug 2027 (approximate), in 272 days — no data after 29 Jun 2026',
      },
    ],
    [
      '2026-12-02',
      'pledge-soy-25mt-2026',
      'zh',
      {
        verdict: '无数据',
        figures: ['暂无数据|（目标2500万吨；数据集中没有追踪该承诺的来源）'],
        deadline:
          '最晚截止日期（共2个）：2027年8月31日前后，还有272天——2026年6月29日后无数据',
      },
    ],
    [
      '2026-12-02',
      'rare-earth-controls',
      'en',
      {
        verdict: 'Expiry passed — outcome unknown',
        figures: ['6 of 11|controls paused'],
        deadline:
          '5 were due to end 10 Nov 2026, 1 on 27 Nov 2026 — outcome unknown (no data after 29 Jun 2026)',
      },
    ],
    [
      '2026-12-02',
      'rare-earth-controls',
      'zh',
      {
        verdict: '已过到期日——结果未知',
        figures: ['11项中6项|管制措施暂停中'],
        deadline:
          '5项原定于2026年11月10日到期，1项原定于2026年11月27日到期——结果未知（2026年6月29日后无数据）',
      },
    ],
    [
      '2026-12-02',
      'us-suspensions',
      'en',
      {
        verdict: 'Expiry passed — outcome unknown',
        figures: ['2 of 3|suspensions in place'],
        detail:
          'BIS “affiliates rule” (50% rule); US port fees on Chinese ships',
        deadline:
          '1 was due to end 9 Nov 2026, 1 on 10 Nov 2026 — outcome unknown (no data after 29 Jun 2026)',
      },
    ],
    [
      '2026-12-02',
      'us-suspensions',
      'zh',
      {
        verdict: '已过到期日——结果未知',
        figures: ['3项中2项|暂停措施仍有效'],
        detail:
          'BIS “affiliates rule” (50% rule)；US port fees on Chinese ships',
        deadline:
          '1项原定于2026年11月9日到期，1项原定于2026年11月10日到期——结果未知（2026年6月29日后无数据）',
      },
    ],
  ])('%s %s (%s)', (now, id, lang, expected) => {
    expect(shippedCard(now, id, LANGS[lang])).toEqual(expected)
  })
})

describe('deadline and countdown phrasings in both languages', () => {
  /** [case, today, card id, English deadline, Chinese deadline]. */
  it.each<[string, string, string, string, string]>([
    [
      'pauses ahead, counted down',
      '2026-11-01',
      'rare-earth-controls',
      '5 due to end 10 Nov 2026 (in 9 days), 1 on 27 Nov 2026 (in 26 days)',
      '5项定于2026年11月10日到期（还有9天），1项定于2026年11月27日到期（还有26天）',
    ],
    [
      'one pause end passed, one ahead',
      '2026-11-15',
      'rare-earth-controls',
      '5 were due to end 10 Nov 2026 — outcome unknown (no data after 29 Jun 2026); 1 due to end 27 Nov 2026 (in 12 days)',
      '5项原定于2026年11月10日到期——结果未知（2026年6月29日后无数据）；1项定于2026年11月27日到期（还有12天）',
    ],
    [
      'pause ends today',
      '2026-11-10',
      'rare-earth-controls',
      '5 due to end 10 Nov 2026 (today), 1 on 27 Nov 2026 (in 17 days)',
      '5项定于2026年11月10日到期（今天），1项定于2026年11月27日到期（还有17天）',
    ],
    [
      'a tariff layer due to end, scheduled',
      '2026-07-01',
      'tariffs-us-on-china',
      'Section 122 surcharge (collected rate) due to end 24 Jul 2026 (scheduled), in 23 days',
      'Section 122 surcharge (collected rate)定于2026年7月24日到期（计划日期），还有23天',
    ],
    [
      'a tariff layer due to end today',
      '2026-07-24',
      'tariffs-us-on-china',
      'Section 122 surcharge (collected rate) due to end today (scheduled)',
      'Section 122 surcharge (collected rate)定于今日到期（计划日期）',
    ],
    [
      'a suspension ahead',
      '2026-11-09',
      'tariffs-china-on-us',
      'The 24-point suspension due to end 10 Nov 2026 (scheduled), in 1 day',
      '24个百分点的暂停期定于2026年11月10日到期（计划日期），还有1天',
    ],
    [
      'a pledge deadline ahead, before the data stop',
      '2026-02-01',
      'pledge-soy-12mt',
      'Latest of 3 stated deadlines: 28 Feb 2026, in 27 days',
      '最晚截止日期（共3个）：2026年2月28日，还有27天',
    ],
    [
      'a pledge deadline today',
      '2026-02-28',
      'pledge-soy-12mt',
      'Latest of 3 stated deadlines: today (28 Feb 2026)',
      '最晚截止日期（共3个）：今天（2026年2月28日）',
    ],
  ])('%s (%s)', (_what, now, id, english, chinese) => {
    expect(shippedCard(now, id, en).deadline).toBe(english)
    expect(shippedCard(now, id, zh).deadline).toBe(chinese)
  })

  const NOW = at('2026-12-02')
  const cardOf = (
    overrides: Parameters<typeof makeDataset>[0],
    id: string,
    lang: Lang,
  ) =>
    read(
      computeGlance(validateDataset(makeDataset(overrides)), NOW, lang).find(
        (c) => c.id === id,
      )!,
      lang,
    )
  const pause = (end: string | null): RawMeasure =>
    makeMeasure({
      windows: [
        {
          state: 'paused',
          start: '2025-11-09',
          end,
          endStatus: end === null ? 'open' : 'scheduled',
          sources: ['str-2025-11'],
        },
      ],
    })
  const rate = (id: string, value: number): RawSeries =>
    makeSeries({ id, points: [makePoint({ value })] })

  /** [case, dataset, card id, English, Chinese] — figures then deadline. */
  it.each<
    [string, Parameters<typeof makeDataset>[0], string, string[], string[]]
  >([
    [
      'a pause with no announced end',
      { measures: [pause(null)] },
      'rare-earth-controls',
      ['1 of 1|controls paused', '1 with no announced end'],
      ['1项中1项|管制措施暂停中', '1项未宣布结束日期'],
    ],
    [
      'nothing paused at the as-of date',
      { measures: [pause('2026-03-01')] },
      'rare-earth-controls',
      ['0 of 1|controls paused', 'Nothing paused at the as-of date'],
      ['1项中0项|管制措施暂停中', '截至数据日期无暂停措施'],
    ],
    [
      'layers in force without a headline',
      { series: [rate('a', 10), rate('b', 15), makeSoySeries()] },
      'tariffs-us-on-china',
      [
        '10%–15%|by layer, 2 layers in force',
        'No scheduled change in the data',
      ],
      ['10%–15%|（按税目层级计，2层生效）', '数据中无计划变动'],
    ],
    [
      'one layer in force without a headline',
      { series: [rate('a', 10), makeSoySeries()] },
      'tariffs-us-on-china',
      ['10%|by layer, 1 layer in force', 'No scheduled change in the data'],
      ['10%|（按税目层级计，1层生效）', '数据中无计划变动'],
    ],
    [
      'no rate applied at the as-of date',
      {
        series: [
          makeSeries({
            points: [makePoint({ date: '2026-02-24', status: 'announced' })],
          }),
          makeSoySeries(),
        ],
      },
      'tariffs-us-on-china',
      [
        'No rate|applied at 29 Jun 2026 in the data',
        'No scheduled change in the data',
      ],
      ['无税率|（截至2026年6月29日的数据中未见适用税率）', '数据中无计划变动'],
    ],
    [
      'a rate due to change after the data stop',
      {
        series: [
          makeSeries({
            headline: true,
            points: [
              makePoint({ date: '2025-11-10', value: 10 }),
              makePoint({ date: '2026-09-01', value: 25, status: 'scheduled' }),
            ],
          }),
          makeSoySeries(),
        ],
      },
      'tariffs-us-on-china',
      [
        '10%|IEEPA fentanyl tariff, since 10 Nov 2025',
        'IEEPA fentanyl tariff was due to change to 25% 1 Sept 2026 — outcome unknown (no data after 29 Jun 2026)',
      ],
      [
        '10%|（IEEPA fentanyl tariff，2025年11月10日起）',
        'IEEPA fentanyl tariff原定于2026年9月1日调整为25%——结果未知（2026年6月29日后无数据）',
      ],
    ],
    [
      'a pledge with no observation since it started',
      {
        series: [
          makeSoySeries({
            id: 'usda',
            shortLabel: 'USDA',
            points: [
              makePoint({ date: '2025-09-18', value: 0, status: 'observed' }),
            ],
          }),
        ],
        targets: [makeTarget({ trackedBy: ['usda'] })],
      },
      'pledge-soy-12mt',
      [
        'No data|toward 12 Mt|USDA',
        'Latest of 2 stated deadlines, 28 Feb 2026, passed — no figure after 29 Jun 2026',
      ],
      [
        '无数据|（目标1200万吨）|USDA',
        '最晚截止日期（共2个）：2026年2月28日，已过——2026年6月29日后无数据',
      ],
    ],
    [
      'a pledge with a figure after its deadline',
      {
        series: [
          makeSoySeries({
            id: 'traders',
            shortLabel: 'traders',
            points: [
              makePoint({ date: '2026-03-31', value: 12, status: 'observed' }),
            ],
          }),
        ],
        targets: [makeTarget({ trackedBy: ['traders'] })],
      },
      'pledge-soy-12mt',
      [
        '100%|of 12 Mt|traders',
        'Latest of 2 stated deadlines, 28 Feb 2026, passed',
      ],
      [
        '100%|（目标1200万吨）|traders',
        '最晚截止日期（共2个）：2026年2月28日，已过',
      ],
    ],
    [
      'one deadline ahead, after the data stop',
      {
        series: [
          makeSoySeries({
            id: 'usda',
            shortLabel: 'USDA',
            points: [
              makePoint({ date: '2026-06-01', value: 3, status: 'observed' }),
            ],
          }),
        ],
        targets: [
          makeTarget({
            trackedBy: ['usda'],
            start: '2026-01-01',
            deadlines: [
              {
                id: 'end-2026',
                date: '2026-12-31',
                label: 'End of 2026',
                sources: ['str-2025-11'],
              },
            ],
          }),
        ],
      },
      'pledge-soy-12mt',
      [
        '25%|of 12 Mt (3 Mt)|USDA',
        'Deadline: 31 Dec 2026, in 29 days — no data after 29 Jun 2026',
      ],
      [
        '25%|（目标1200万吨，已完成300万吨）|USDA',
        '截止日期：2026年12月31日，还有29天——2026年6月29日后无数据',
      ],
    ],
  ])('%s', (_what, overrides, id, english, chinese) => {
    for (const [lang, expected] of [
      [en, english],
      [zh, chinese],
    ] as const) {
      const card = cardOf(overrides, id, lang)
      expect([...card.figures, card.deadline]).toEqual(expected)
    }
  })
})

describe(freshnessNote, () => {
  const asOf = Date.UTC(2026, 5, 29)
  it.each<[string, string, string | undefined, string | undefined]>([
    ['2026-07-29', '30 days after', undefined, undefined],
    [
      '2026-07-30',
      '31 days after',
      'The data stop at 29 Jun 2026, 31 days ago; later dates are scheduled, not observed.',
      '数据截至2026年6月29日，距今已31天；此后的日期均为计划日期，未经观测。',
    ],
    [
      '2026-12-02',
      '156 days after',
      'The data stop at 29 Jun 2026, 156 days ago; later dates are scheduled, not observed.',
      '数据截至2026年6月29日，距今已156天；此后的日期均为计划日期，未经观测。',
    ],
  ])('%s (%s)', (now, _what, english, chinese) => {
    expect(freshnessNote(asOf, at(now), en)).toBe(english)
    expect(freshnessNote(asOf, at(now), zh)).toBe(chinese)
  })
})
