import { describe, expect, it } from 'vitest'

import {
  computeAsOfLine,
  computeSourceLine,
  SOURCE_LINE_PUBLISHERS,
} from '@/domain/source-line'

import { en, zh } from '../../lang'

const source = (publisher: string) => ({
  publisher,
  url: 'https://example.org',
  title: publisher,
  confidence: 'high' as const,
})
const dataset = {
  sources: {
    str: source('STR'),
    str2: source('STR'),
    piie: source('PIIE'),
    mondaq: source('Mondaq'),
    usda: source('USDA'),
    gacc: source('GACC'),
    bis: source('BIS'),
    mofcom: source('MOFCOM'),
  },
} as unknown as Parameters<typeof computeSourceLine>[0]

describe(computeSourceLine, () => {
  it.each<[string, string[], number | undefined, string]>([
    ['no sources', [], undefined, 'Sources: none listed'],
    ['unknown ids only', ['nope'], undefined, 'Sources: none listed'],
    [
      'one publisher, cited twice, named once',
      ['str', 'str2'],
      undefined,
      'Sources: STR',
    ],
    // Most-cited first (STR twice), then by name.
    [
      'ordered by citations, then name',
      ['piie', 'mondaq', 'str', 'str2'],
      undefined,
      'Sources: STR, Mondaq, PIIE',
    ],
    [
      'unknown ids are skipped',
      ['piie', 'nope', 'mondaq'],
      undefined,
      'Sources: Mondaq, PIIE',
    ],
    [
      'at most six publishers, then a count of the rest',
      ['str', 'piie', 'mondaq', 'usda', 'gacc', 'bis', 'mofcom'],
      undefined,
      'Sources: BIS, GACC, MOFCOM, Mondaq, PIIE, STR and 1 more (full list in the table view and the Sources list)',
    ],
    [
      'a smaller cap',
      ['str', 'piie', 'mondaq'],
      2,
      'Sources: Mondaq, PIIE and 1 more (full list in the table view and the Sources list)',
    ],
    ['exactly at the cap: no count', ['str', 'piie'], 2, 'Sources: PIIE, STR'],
  ])('%s', (_, ids, max, line) => {
    expect(
      computeSourceLine(dataset, ids, max ?? SOURCE_LINE_PUBLISHERS, en),
    ).toBe(line)
  })
})

describe('computeSourceLine in Chinese', () => {
  it.each<[string, string[], number, string]>([
    ['no sources', [], 6, '来源：未列出'],
    ['one publisher', ['str', 'str2'], 6, '来源：STR'],
    [
      'ordered by citations, then name, joined with 、',
      ['piie', 'mondaq', 'str', 'str2'],
      6,
      '来源：STR、Mondaq、PIIE',
    ],
    [
      'a count of the rest',
      ['str', 'piie', 'mondaq'],
      2,
      '来源：Mondaq、PIIE及另外1家（完整列表见表格视图和“来源”列表）',
    ],
  ])('%s', (_, ids, max, line) => {
    expect(computeSourceLine(dataset, ids, max, zh)).toBe(line)
  })
})

describe(computeAsOfLine, () => {
  it('gives the as-of date and the dataset version', () => {
    expect(
      computeAsOfLine(
        {
          meta: {
            asOfMs: Date.parse('2026-06-29T00:00:00Z'),
            version: '2026.11.29-1',
          },
        } as Parameters<typeof computeAsOfLine>[0],
        en,
      ),
    ).toBe('Data as of 2026-06-29 · dataset v2026.11.29-1')
  })

  it('in Chinese', () => {
    expect(
      computeAsOfLine(
        {
          meta: {
            asOfMs: Date.parse('2026-06-29T00:00:00Z'),
            version: '2026.11.29-1',
          },
        } as Parameters<typeof computeAsOfLine>[0],
        zh,
      ),
    ).toBe('数据截至2026-06-29 · 数据集版本2026.11.29-1')
  })
})
