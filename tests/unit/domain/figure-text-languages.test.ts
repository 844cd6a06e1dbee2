/**
 * Every kind of generated figure text, from the same input in both languages:
 * summaries, takeaways, table headers, the CSV header row, the source and
 * as-of lines, subtitles and the filters summary. English is what the page
 * has always written; Chinese is written out in full.
 */
import { describe, expect, it } from 'vitest'

import { figureTableToCsv } from '@/domain/csv'
import { computeExportSubtitle } from '@/domain/export-subtitle'
import type { AnyFigure } from '@/domain/figure-model'
import { lazyTable, valueColumns, valueTableRows } from '@/domain/figure-table'
import { DEFAULT_FILTERS, type DashboardFilters } from '@/domain/filters'
import { summariseFilters } from '@/domain/filters-summary'
import type { Lang } from '@/domain/i18n'
import { pauseTableColumns } from '@/domain/pause-table'
import { computePeriodFigure } from '@/domain/period-view'
import { computeProgress } from '@/domain/progress'
import { summariseSoybeanProgress } from '@/domain/soybean-summary'
import { computeAsOfLine, computeSourceLine } from '@/domain/source-line'
import {
  pauseTakeaway,
  periodTakeaway,
  soybeanTakeaway,
  tariffTakeaway,
} from '@/domain/takeaway'
import { summariseTariffs } from '@/domain/tariff-summary'
import type {
  ControlMeasure,
  Dataset,
  Series,
  SeriesPoint,
  Target,
  TimeWindow,
} from '@/domain/types'

import { en, zh } from '../../lang'

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const ASOF = d('2026-06-29')

function series(
  label: string,
  points: [string, number, Partial<SeriesPoint>?][],
  extra: Partial<Series> = {},
): Series {
  return {
    id: label.toLowerCase().replace(/\W+/g, '-'),
    commodity: 'tariffs',
    kind: 'tariff-rate',
    label,
    unit: 'pct',
    period: 'instant',
    description: '',
    defaultVisible: true,
    headline: false,
    points: points.map(([iso, value, more]): SeriesPoint => ({
      dateMs: d(iso),
      datePrecision: 'day',
      value,
      approx: false,
      status: 'in-force',
      sourceIds: [],
      ...more,
    })),
    ...extra,
  } as Series
}

function measure(id: string, windows: Partial<TimeWindow>[]): ControlMeasure {
  return {
    id,
    commodity: 'rare-earths',
    side: 'china',
    label: id,
    reference: `MOFCOM ${id}`,
    items: [],
    announcedMs: d('2025-04-04'),
    sourceIds: [],
    windows: windows.map((w) => ({
      state: 'paused',
      startMs: d('2025-11-10'),
      endMs: d('2026-11-10'),
      endStatus: 'scheduled',
      sourceIds: [],
      ...w,
    })),
  }
}

const TARGET = {
  id: 'soy-12mt',
  commodity: 'soybeans',
  label: '12 Mt by end of 2025',
  unit: 'Mt',
  value: 12,
  startMs: d('2025-10-30'),
  deadlines: [
    {
      id: 'end-2025',
      dateMs: d('2025-12-31'),
      label: 'End of 2025',
      approx: false,
      sourceIds: [],
    },
    {
      id: 'feb-2026',
      dateMs: d('2026-02-28'),
      label: 'End of February 2026',
      approx: false,
      sourceIds: [],
    },
  ],
  claimant: 'us',
  confirmed: false,
  trackedBy: [],
  sourceIds: [],
} as unknown as Target

const soy = (label: string, points: [string, number][]) =>
  series(
    label,
    points.map(([iso, v]) => [iso, v, { status: 'observed' }]),
    { commodity: 'soybeans', unit: 'Mt', kind: 'cumulative-volume' },
  )

const META = {
  asOfMs: ASOF,
  version: '2026.06.29-1',
  gaps: [],
} as unknown as Dataset['meta']
const SOURCES = {
  str: {
    id: 'str',
    publisher: 'STR',
    url: 'https://str.example/a',
    kind: 'original-report',
  },
  piie: {
    id: 'piie',
    publisher: 'PIIE',
    url: 'https://piie.example/b',
    kind: 'secondary',
  },
  mondaq: {
    id: 'mondaq',
    publisher: 'Mondaq',
    url: 'https://mondaq.example/c',
    kind: 'secondary',
  },
  wire: {
    id: 'wire',
    publisher: 'Baird Maritime',
    via: 'Reuters',
    url: 'https://baird.example/d',
    kind: 'syndicated',
  },
} as unknown as Dataset['sources']
const DATASET = {
  meta: META,
  sources: SOURCES,
  series: [],
  targets: [],
  measures: [],
  events: [],
  gaps: [],
} as unknown as Dataset

interface Case {
  name: string
  text: (lang: Lang) => string
  en: string
  zh: string
}

const layers = [
  series('Section 301', [['2019-01-01', 25]]),
  series('Fentanyl', [
    ['2025-03-04', 20],
    ['2025-11-10', 10],
    ['2026-11-10', 0],
  ]),
  series('Reciprocal', [
    ['2025-04-09', 125],
    [
      '2025-05-14',
      34,
      { suspendedValue: 24, suspendedUntilMs: d('2026-11-10') },
    ],
  ]),
]
const headline = series(
  'Headline',
  [
    ['2025-04-10', 145],
    ['2025-11-10', 47],
  ],
  { headline: true },
)
const usda = soy('USDA', [['2025-12-20', 7]])
const traders = soy('Traders', [['2025-12-20', 12]])
const progressOf = (tracked: Series[], asOf: string, now: string) =>
  tracked.map((s) => computeProgress(TARGET, s, d(asOf), d(now)))

const CASES: Case[] = [
  {
    name: 'tariff takeaway: a series with a Chinese label reads it in Chinese',
    text: (lang) => {
      const zhHeadline = { ...headline, zh: { label: '美国对华新增关税合计' } }
      return tariffTakeaway(ASOF, 'us-on-china', [zhHeadline], zhHeadline, lang)
    },
    en: 'As of 29 Jun 2026, Headline stood at 47%, down from a peak of 145% (10 Apr 2025).',
    zh: '截至2026年6月29日，美国对华新增关税合计为47%，低于2025年4月10日的峰值145%。',
  },
  {
    name: 'tariff summary: layers in force, headline peak, scheduled, snap-back, passed dates',
    text: (lang) =>
      summariseTariffs(
        { ...DATASET },
        'us-on-china',
        [...layers, headline],
        headline,
        d('2026-12-01'),
        lang,
      ),
    en: 'As of 29 Jun 2026, US tariffs on Chinese goods in force by layer: Section 301 25%; Fentanyl 10%; Reciprocal 34%. Headline peaked at 145% on 10 Apr 2025 and stood at 47% on 29 Jun 2026. Scheduled, not observed: Fentanyl was due to end on 10 Nov 2026 — outcome unknown (no data after 29 Jun 2026). Suspended portions that would snap back: Reciprocal +24 points until 10 Nov 2026 (outcome unknown (no data after 29 Jun 2026)). Nothing after 29 Jun 2026 has been observed in this dataset.',
    zh: '截至2026年6月29日，美国对中国商品加征的关税各层生效税率：Section 301为25%；Fentanyl为10%；Reciprocal为34%。Headline于2025年4月10日达到峰值145%，2026年6月29日为47%。计划日期，未经观测：Fentanyl原定于2026年11月10日终止——结果未知（2026年6月29日之后无数据）。暂停部分到期后将恢复加征：Reciprocal暂停24个百分点，至2026年11月10日——结果未知（2026年6月29日之后无数据）。本数据集未收录2026年6月29日之后的任何观测数据。',
  },
  {
    name: 'tariff summary: nothing in force, nothing scheduled',
    text: (lang) =>
      summariseTariffs(
        DATASET,
        'china-on-us',
        [series('Counter', [['2025-04-10', 0]])],
        undefined,
        d('2026-07-01'),
        lang,
      ),
    en: 'As of 29 Jun 2026, no layer of China’s tariffs on US goods in this dataset was above 0%. Nothing after 29 Jun 2026 has been observed in this dataset.',
    zh: '截至2026年6月29日，本数据集中中国对美国商品加征的关税各层税率均未高于0%。本数据集未收录2026年6月29日之后的任何观测数据。',
  },
  {
    name: 'tariff takeaway: headline below its peak',
    text: (lang) =>
      tariffTakeaway(ASOF, 'us-on-china', [headline], headline, lang),
    en: 'As of 29 Jun 2026, Headline stood at 47%, down from a peak of 145% (10 Apr 2025).',
    zh: '截至2026年6月29日，Headline为47%，低于2025年4月10日的峰值145%。',
  },
  {
    name: 'tariff takeaway: the highest of several layers',
    text: (lang) =>
      tariffTakeaway(ASOF, 'china-on-us', layers, undefined, lang),
    en: 'As of 29 Jun 2026, 3 layers of China’s tariffs on US goods were in force; the highest, Reciprocal, at 34%.',
    zh: '截至2026年6月29日，中国对美国商品加征的关税共有3层生效，其中最高的是Reciprocal，为34%。',
  },
  {
    name: 'tariff takeaway: nothing above 0%',
    text: (lang) =>
      tariffTakeaway(
        ASOF,
        'us-on-china',
        [series('R', [['2025-04-05', 0]])],
        undefined,
        lang,
      ),
    en: 'As of 29 Jun 2026, no layer of US tariffs on Chinese goods shown here was above 0%.',
    zh: '截至2026年6月29日，图中美国对中国商品加征的关税各层税率均未高于0%。',
  },
  {
    name: 'pause takeaway: paused, one end, still to come',
    text: (lang) =>
      pauseTakeaway(
        [measure('a', [{}]), measure('b', [{ state: 'in-force' }])],
        ASOF,
        d('2026-07-01'),
        lang,
      ),
    en: '1 of the 2 measures shown was paused on 29 Jun 2026. It is due to end 10 Nov 2026 (scheduled, not observed).',
    zh: '2026年6月29日，图中2项措施中有1项处于暂停状态。将于2026年11月10日到期（计划日期，未经观测）。',
  },
  {
    name: 'pause takeaway: ends passed without data',
    text: (lang) =>
      pauseTakeaway(
        [measure('a', [{}]), measure('b', [{ endMs: d('2026-11-27') }])],
        ASOF,
        d('2026-12-01'),
        lang,
      ),
    en: '2 of the 2 measures shown were paused on 29 Jun 2026. They were due to end between 10 Nov 2026 and 27 Nov 2026; no data after 29 Jun 2026, so whether they were extended is unknown.',
    zh: '2026年6月29日，图中2项措施中有2项处于暂停状态。原定于2026年11月10日至2026年11月27日之间到期；2026年6月29日之后无数据，是否延期，结果未知。',
  },
  {
    name: 'pause takeaway: no end announced',
    text: (lang) =>
      pauseTakeaway(
        [measure('a', [{ endMs: null }])],
        ASOF,
        d('2026-07-01'),
        lang,
      ),
    en: '1 of the 1 measures shown was paused on 29 Jun 2026. No end has been announced.',
    zh: '2026年6月29日，图中1项措施中有1项处于暂停状态。暂停结束日期尚未公布。',
  },
  {
    name: 'pause takeaway: none paused',
    text: (lang) =>
      pauseTakeaway(
        [measure('a', [{ endMs: d('2026-01-01') }])],
        ASOF,
        d('2026-07-01'),
        lang,
      ),
    en: 'None of the 1 measures shown was paused on 29 Jun 2026.',
    zh: '2026年6月29日，图中1项措施无一处于暂停状态。',
  },
  {
    name: 'pause takeaway: no measure',
    text: (lang) => pauseTakeaway([], ASOF, d('2026-07-01'), lang),
    en: 'No measure is shown.',
    zh: '图中未显示任何措施。',
  },
  {
    name: 'soybean takeaway: sources disagree',
    text: (lang) =>
      soybeanTakeaway(
        TARGET,
        [usda, traders],
        progressOf([usda, traders], '2026-06-29', '2026-11-29'),
        lang,
      ),
    en: 'Of the 12 Mt pledge: USDA 58% (20 Dec 2025) · Traders 100% (20 Dec 2025). Deadline 28 Feb 2026: outcome unknown by 1 source, met by 1 source.',
    zh: '1200万吨采购承诺完成情况：USDA完成58%（截至2025年12月20日）；Traders完成100%（截至2025年12月20日）。截止日期2026年2月28日：1个来源显示结果未知，1个来源显示已达成。',
  },
  {
    name: 'soybean takeaway: no series',
    text: (lang) => soybeanTakeaway(TARGET, [], [], lang),
    en: 'No series in this dataset measures progress toward the 12 Mt pledge.',
    zh: '本数据集中没有衡量1200万吨采购承诺进展的数据系列。',
  },
  {
    name: 'soybean summary: shares, projections and deadline verdicts',
    text: (lang) =>
      summariseSoybeanProgress(
        DATASET,
        TARGET,
        [usda, traders],
        progressOf([usda, traders], '2025-12-20', '2026-01-10'),
        lang,
      ),
    en: 'As of 20 Dec 2025, USDA: 7 Mt, 58% of the 12 Mt pledge. At the average pace since 30 Oct 2025 (0.96 Mt/week) the pledge would be met by 25 Jan 2026. Deadlines: 31 Dec 2025: unknown — no figure after 20 Dec 2025; it needed 3.18 Mt/week from then; 28 Feb 2026: needs 0.5 Mt/week (on track at the current pace). As of 20 Dec 2025, Traders: 12 Mt, 100% of the 12 Mt pledge. The pledge was reached by this measure on 20 Dec 2025. Deadlines: met by 31 Dec 2025; met by 28 Feb 2026. China never publicly confirmed the 12 Mt figure. Nothing after 29 Jun 2026 has been observed in this dataset.',
    zh: '截至2025年12月20日，USDA：700万吨，为1200万吨承诺的58%。按2025年10月30日以来的平均进度（每周96.08万吨），承诺将于2026年1月25日前达成。截止日期：2025年12月31日：结果未知——2025年12月20日之后无数据；自那时起每周需318.18万吨；2026年2月28日：每周需50万吨（按当前进度，进展正常）。截至2025年12月20日，Traders：1200万吨，为1200万吨承诺的100%。按此口径，承诺已于2025年12月20日达成。截止日期：2025年12月31日前已达成；2026年2月28日前已达成。中方从未公开确认1200万吨这一数字。本数据集未收录2026年6月29日之后的任何观测数据。',
  },
  {
    name: 'soybean summary: no series',
    text: (lang) => summariseSoybeanProgress(DATASET, TARGET, [], [], lang),
    en: 'No series in this dataset measures progress toward this commitment: no purchase or import figures were found for its period. China never publicly confirmed the 12 Mt figure. Nothing after 29 Jun 2026 has been observed in this dataset.',
    zh: '本数据集中没有衡量该承诺进展的数据系列：未找到该期间的采购或进口数据。中方从未公开确认1200万吨这一数字。本数据集未收录2026年6月29日之后的任何观测数据。',
  },
  {
    name: 'period takeaway: latest of each series',
    text: (lang) =>
      periodTakeaway(
        [
          {
            series: soy('Imports', []),
            points: soy('x', [['2026-03-01', 1.2]]).points,
          },
          { series: soy('Total', []), points: [] },
        ],
        (ms) => lang.monthYear(ms),
        'empty',
        lang,
      ),
    en: 'Latest: Imports 1.2 Mt (Mar 2026).',
    zh: '最新数据：Imports为120万吨（2026年3月）。',
  },
  {
    name: 'value table headers',
    text: (lang) =>
      valueColumns(lang)
        .map((c) => c.label)
        .join(' | '),
    en: 'Date | Series | Value | Unit | Status | Note',
    zh: '日期 | 数据系列 | 数值 | 单位 | 状态 | 备注',
  },
  {
    name: 'swimlane table headers',
    text: (lang) =>
      pauseTableColumns(lang)
        .map((c) => c.label)
        .join(' | '),
    en: 'Measure | Side | Reference | Items | State | Start | End | End status | Countdown | Note',
    zh: '措施 | 实施方 | 文号 | 涉及物项 | 状态 | 开始 | 结束 | 结束状态 | 倒计时 | 备注',
  },
  {
    name: 'CSV of a value table: header row and one row (status, unit, notes)',
    text: (lang) =>
      figureTableToCsv(
        lazyTable('caption', valueColumns(lang), () =>
          valueTableRows(
            DATASET,
            [
              series('Reciprocal', [
                [
                  '2025-05-14',
                  34,
                  {
                    suspendedValue: 24,
                    suspendedUntilMs: d('2026-11-10'),
                    approx: true,
                    sourceIds: ['wire'],
                  },
                ],
              ]),
            ],
            { fromMs: d('2025-01-01'), toMs: d('2025-12-31') },
            lang,
          ),
        ),
        lang,
      ),
    en: 'date,series,value,unit,status,note,source_publishers,source_urls,source_kinds\r\n2025-05-14,Reciprocal,34,pct,In force,24 pts suspended until 2026-11-10; approximate,"Reuters, via Baird Maritime",https://baird.example/d,syndicated\r\n',
    zh: '日期,数据系列,数值,单位,状态,备注,来源发布方,来源链接,来源类型\r\n2025-05-14,Reciprocal,34,百分比,生效中,暂停24个百分点，至2026-11-10；约数,Reuters，经Baird Maritime转载,https://baird.example/d,syndicated\r\n',
  },
  {
    name: 'source line: more publishers than shown',
    text: (lang) =>
      computeSourceLine(DATASET, ['str', 'piie', 'mondaq'], lang, 2),
    en: 'Sources: Mondaq, PIIE and 1 more (full list in the table view and the Sources list)',
    zh: '来源：Mondaq、PIIE等，另有1个（完整列表见表格视图和来源列表）',
  },
  {
    name: 'source line: all shown',
    text: (lang) => computeSourceLine(DATASET, ['str', 'piie'], lang),
    en: 'Sources: PIIE, STR',
    zh: '来源：PIIE、STR',
  },
  {
    name: 'source line: none',
    text: (lang) => computeSourceLine(DATASET, [], lang),
    en: 'Sources: none listed',
    zh: '来源：未列出',
  },
  {
    name: 'as-of line',
    text: (lang) => computeAsOfLine(DATASET, lang),
    en: 'Data as of 2026-06-29 · dataset v2026.06.29-1',
    zh: '数据截至2026-06-29 · 数据集版本2026.06.29-1',
  },
  {
    name: 'export subtitle of a tariff figure',
    text: (lang) =>
      computeExportSubtitle(
        {
          kind: 'tariffs',
          seriesOptions: [
            { id: 'a', label: 'A', visible: true },
            { id: 'b', label: 'B', visible: false },
          ],
        } as unknown as AnyFigure,
        { ...DEFAULT_FILTERS, showAverages: true },
        lang,
      ),
    en: '2025-01-01 to 2026-12-31 · 1 of 2 layers shown · average-rate estimates shown',
    zh: '2025-01-01至2026-12-31 · 显示2层中的1层 · 显示平均税率估算',
  },
  {
    name: 'export subtitle of a soybean figure without sources',
    text: (lang) =>
      computeExportSubtitle(
        { kind: 'soybean-progress', seriesOptions: [] } as unknown as AnyFigure,
        DEFAULT_FILTERS,
        lang,
      ),
    en: '2025-01-01 to 2026-12-31 · sources: none',
    zh: '2025-01-01至2026-12-31 · 来源：无',
  },
  {
    name: 'filters summary: every commodity, a preset',
    text: (lang) => summariseFilters(DEFAULT_FILTERS, lang),
    en: 'All commodities · 2025–2026',
    zh: '全部品类 · 2025—2026年',
  },
  {
    name: 'filters summary: some commodities, own range, one direction, averages',
    text: (lang) =>
      summariseFilters(
        {
          ...DEFAULT_FILTERS,
          commodities: ['tariffs', 'soybeans'],
          range: { fromMs: d('2025-03-01'), toMs: d('2025-09-30') },
          direction: 'china-on-us',
          showAverages: true,
        } as DashboardFilters,
        lang,
      ),
    en: 'Tariffs, Soybeans · 2025-03-01 to 2025-09-30 · China on US goods · with average-rate estimates',
    zh: '关税、大豆 · 2025-03-01至2025-09-30 · 中国对美国商品 · 含平均税率估算',
  },
  {
    name: 'period figure: title, subtitle, summary and table caption',
    text: (lang) => {
      const f = computePeriodFigure(
        {
          ...DATASET,
          series: [
            series(
              'Imports',
              [
                ['2025-05-01', 1.5],
                ['2025-06-01', 2.5],
                ['2025-07-01', 0.5],
              ].map(([iso, v]) => [
                iso,
                v,
                { datePrecision: 'month', status: 'observed' },
              ]) as [string, number, Partial<SeriesPoint>][],
              {
                commodity: 'soybeans',
                unit: 'Mt',
                kind: 'period-volume',
                period: 'month',
              },
            ),
          ],
        } as Dataset,
        'soybeans',
        'month',
        { fromMs: d('2025-01-01'), toMs: d('2025-12-31') },
        { id: 'm', titleKey: 'figures.title.soybeanMonthlyImports' },
        lang,
      )!
      return [f.title, f.subtitle, f.summary, f.takeaway, f.table.caption].join(
        '\n',
      )
    },
    en: 'Soybeans: China’s monthly imports (China customs, arrivals)\n2025-01-01 to 2025-12-31 · months\nImports: highest 2.5 Mt (Jun 2025), lowest 0.5 Mt (Jul 2025), latest 0.5 Mt (Jul 2025). No figure after 29 Jun 2026.\nLatest: Imports 0.5 Mt (Jul 2025).\nSoybeans: China’s monthly imports (China customs, arrivals) — every figure shown, 2025-01-01 to 2025-12-31',
    zh: '大豆：中国月度进口量（海关总署，按到港统计）\n2025-01-01至2025-12-31 · 月度\nImports：最高250万吨（2025年6月），最低50万吨（2025年7月），最新50万吨（2025年7月）。2026年6月29日之后无数据。\n最新数据：Imports为50万吨（2025年7月）。\n大豆：中国月度进口量（海关总署，按到港统计）——所示全部数据，2025-01-01至2025-12-31',
  },
]

describe('generated figure text in both languages', () => {
  it.each(CASES)('$name', (c) => {
    expect(c.text(en)).toBe(c.en)
    expect(c.text(zh)).toBe(c.zh)
  })
})
