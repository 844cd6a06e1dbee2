/**
 * The pause texts in both languages from the same input: countdowns (the
 * swimlanes' labels and table), window descriptions and the figure summary.
 */
import { describe, expect, it } from 'vitest'

import { validateDataset } from '@/data/validate-dataset'
import {
  computeCountdown,
  describeWindow,
  summarisePauses,
} from '@/domain/pause-text'
import type { TimeWindow } from '@/domain/types'
import { makeDataset, makeMeasure } from '../../fixtures/builders'
import { en, zh } from '../../lang'

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`)
const ASOF = d('2026-06-29')
const pause = (end: string | null): TimeWindow => ({
  state: 'paused',
  startMs: d('2025-11-07'),
  endMs: end === null ? null : d(end),
  endStatus: end === null ? 'open' : 'scheduled',
  sourceIds: ['s'],
})

describe('computeCountdown in both languages', () => {
  it.each<[string, TimeWindow, string, string, string]>([
    [
      'ends in the future',
      pause('2026-11-10'),
      '2026-11-01T15:00:00Z',
      'pause due to end in 9 days',
      '暂停将于9天后到期',
    ],
    [
      'ends tomorrow',
      pause('2026-11-10'),
      '2026-11-09T23:00:00Z',
      'pause due to end in 1 day',
      '暂停将于1天后到期',
    ],
    [
      'ends today',
      pause('2026-11-10'),
      '2026-11-10T08:00:00Z',
      'pause due to end today — outcome unknown (no data after 29 Jun 2026)',
      '暂停定于今日到期——结果未知（2026年6月29日后无数据）',
    ],
    [
      'was due to end after the data stopped',
      pause('2026-11-10'),
      '2026-11-29T10:00:00Z',
      'was due to end 10 Nov 2026 — outcome unknown (no data after 29 Jun 2026)',
      '原定于2026年11月10日到期——结果未知（2026年6月29日后无数据）',
    ],
    [
      'ended before the as-of date (observed)',
      { ...pause('2026-02-24'), endStatus: 'observed' },
      '2026-11-29T10:00:00Z',
      'pause ended 24 Feb 2026',
      '暂停已于2026年2月24日结束',
    ],
    [
      'no announced end',
      pause(null),
      '2026-11-29T10:00:00Z',
      'pause has no announced end',
      '暂停未宣布结束日期',
    ],
  ])('%s', (_name, window, now, english, chinese) => {
    expect(computeCountdown(window, Date.parse(now), ASOF, en)).toBe(english)
    expect(computeCountdown(window, Date.parse(now), ASOF, zh)).toBe(chinese)
  })

  it('has no countdown for a window that is not a pause, in any language', () => {
    const inForce = { ...pause('2026-11-10'), state: 'in-force' as const }
    expect(computeCountdown(inForce, d('2026-11-29'), ASOF, zh)).toBeUndefined()
  })
})

describe('describeWindow in both languages', () => {
  it.each<[string, TimeWindow, string, string]>([
    [
      'a pause with a scheduled end',
      pause('2026-11-10'),
      'Paused 7 Nov 2025 – 10 Nov 2026 (scheduled end, not observed)',
      '暂停：2025年11月7日至2026年11月10日（计划结束日期，未经观测）',
    ],
    [
      'a pause with no end',
      pause(null),
      'Paused 7 Nov 2025 – no end known',
      '暂停：2025年11月7日至结束日期未知',
    ],
    [
      'an observed period in force',
      {
        ...pause('2025-11-07'),
        state: 'in-force',
        startMs: d('2024-12-03'),
        endStatus: 'observed',
      },
      'In force 3 Dec 2024 – 7 Nov 2025',
      '生效：2024年12月3日至2025年11月7日',
    ],
    [
      'an announced window',
      { ...pause('2026-11-10'), state: 'scheduled' },
      'Scheduled 7 Nov 2025 – 10 Nov 2026 (scheduled end, not observed)',
      '计划：2025年11月7日至2026年11月10日（计划结束日期，未经观测）',
    ],
  ])('%s', (_name, window, english, chinese) => {
    expect(describeWindow(window, en)).toBe(english)
    expect(describeWindow(window, zh)).toBe(chinese)
  })
})

describe('summarisePauses in both languages', () => {
  const never = makeMeasure({
    id: 'never',
    label: 'Export licensing of graphite',
    reference: 'MOFCOM Announcement 2023 No. 39',
    windows: [
      {
        state: 'in-force',
        start: '2023-12-01',
        end: null,
        endStatus: 'open',
        sources: ['str-2025-11'],
      },
    ],
  })
  const dataset = () =>
    validateDataset(makeDataset({ measures: [makeMeasure(), never] }))

  it.each<[string, string, string]>([
    [
      'en',
      '2026-11-01',
      'Ban on gallium, germanium, antimony exports to the US (MOFCOM Announcement 2024 No. 46, clause 2): paused 9 Nov 2025; pause due to end in 26 days. Never paused: Export licensing of graphite (MOFCOM Announcement 2023 No. 39). Countdowns are computed for 1 Nov 2026; the data stop at 29 Jun 2026, so whether any pause was extended is not known.',
    ],
    [
      'zh',
      '2026-11-01',
      'Ban on gallium, germanium, antimony exports to the US（MOFCOM Announcement 2024 No. 46, clause 2）：2025年11月9日起暂停；暂停将于26天后到期。从未暂停：Export licensing of graphite（MOFCOM Announcement 2023 No. 39）。倒计时按2026年11月1日计算；数据截至2026年6月29日，各项暂停是否延期无从得知。',
    ],
  ])('%s', (lang, now, expected) => {
    const fixture = dataset()
    expect(
      summarisePauses(
        fixture,
        fixture.measures,
        d(now),
        lang === 'en' ? en : zh,
      ),
    ).toBe(expected)
  })
})
