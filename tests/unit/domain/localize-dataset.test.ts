import { readFileSync } from 'node:fs'

import { beforeEach, describe, expect, it } from 'vitest'

import { parseDatasetText } from '@/data/validate-dataset'
import { localizeDataset } from '@/domain/localize-dataset'
import type { Dataset } from '@/domain/types'

const SHIPPED = readFileSync('data/commitments.json', 'utf8')
const CJK = /[\u4e00-\u9fff]/

describe('localizeDataset', () => {
  // Built before each test, not when the file is collected: Stryker sees
  // which test runs which code (stryker.config.json, ignoreStatic).
  let dataset: Dataset
  let zh: Dataset
  beforeEach(() => {
    dataset = parseDatasetText(SHIPPED)
    zh = localizeDataset(dataset, 'zh-CN')
  })

  it('gives English readers the dataset itself', () => {
    expect(localizeDataset(dataset, 'en')).toBe(dataset)
  })

  it('returns the same Chinese dataset for the same input (caches keyed by identity hold)', () => {
    expect(localizeDataset(dataset, 'zh-CN')).toBe(zh)
  })

  it.each<[string, (d: Dataset) => string[]]>([
    ['series labels', (d) => d.series.map((s) => s.label)],
    ['series descriptions', (d) => d.series.map((s) => s.description)],
    ['target labels', (d) => d.targets.map((t) => t.label)],
    [
      'deadline labels',
      (d) => d.targets.flatMap((t) => t.deadlines.map((x) => x.label)),
    ],
    ['measure labels', (d) => d.measures.map((m) => m.label)],
    ['measure items', (d) => d.measures.flatMap((m) => [...m.items])],
    ['event labels', (d) => d.events.map((e) => e.label)],
    ['event descriptions', (d) => d.events.map((e) => e.description)],
    ['gap texts', (d) => d.meta.gaps.map((g) => g.text)],
    ['the title and description', (d) => [d.meta.title, d.meta.description]],
    [
      'point notes',
      (d) =>
        d.series.flatMap((s) =>
          s.points.flatMap((p) => (p.note ? [p.note] : [])),
        ),
    ],
  ])('puts the Chinese %s in place of the English', (_, texts) => {
    const chinese = texts(zh)
    expect(chinese.length).toBe(texts(dataset).length)
    expect(chinese.filter((t) => !CJK.test(t))).toEqual([])
  })

  it('keeps ids, numbers, dates and sources, and source titles in their language', () => {
    expect(zh.series.map((s) => s.id)).toEqual(dataset.series.map((s) => s.id))
    expect(
      zh.series.flatMap((s) => s.points.map((p) => [p.dateMs, p.value])),
    ).toEqual(
      dataset.series.flatMap((s) => s.points.map((p) => [p.dateMs, p.value])),
    )
    expect(zh.events.map((e) => e.dateMs)).toEqual(
      dataset.events.map((e) => e.dateMs),
    )
    expect(zh.sources).toBe(dataset.sources)
  })

  it('keeps the English text of a record without Chinese (a user’s dataset)', () => {
    const bare: Dataset = {
      ...dataset,
      events: dataset.events.map(({ zh: _zh, ...e }) => e),
    }
    const localized = localizeDataset(bare, 'zh-CN')
    expect(localized.events.map((e) => e.label)).toEqual(
      dataset.events.map((e) => e.label),
    )
    expect(CJK.test(localized.series[0]!.label)).toBe(true)
  })
})
