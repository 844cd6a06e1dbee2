import { en } from '../../lang'
import { describe, expect, it } from 'vitest'

import {
  countByKind,
  isWeaklySourced,
  kindRank,
  siteOf,
  sourceByline,
  sourceDate,
  sourceKindLabel,
  sourceTitle,
} from '@/domain/source-kind'
import { resolveSources, toPointInfo } from '@/domain/point-info'
import type { SeriesPoint, Source } from '@/domain/types'
import type { SourceKind } from '@/domain/vocabulary'

const ms = (d: string) => Date.parse(`${d}T00:00:00Z`)

const source = (overrides: Partial<Source> = {}): Source => ({
  id: 'baird',
  publisher: 'Baird Maritime',
  title: 'China hits 12m-tonne US soybean target pledged in trade truce',
  url: 'https://www.bairdmaritime.com/shipping/x',
  publishedMs: ms('2026-01-20'),
  publishedPrecision: 'day',
  kind: 'syndicated',
  via: 'Reuters',
  ...overrides,
})

const kinds = (...k: SourceKind[]) => k.map((kind) => ({ kind }))

describe('isWeaklySourced', () => {
  it.each([
    ['only secondary', kinds('secondary'), true],
    ['two secondary', kinds('secondary', 'secondary'), true],
    ['secondary and syndicated', kinds('secondary', 'syndicated'), false],
    ['secondary and original', kinds('secondary', 'original-report'), false],
    ['official only', kinds('official'), false],
    ['syndicated only', kinds('syndicated'), false],
    ['no sources at all', kinds(), false],
  ])('%s → %s', (_, sources, expected) => {
    expect(isWeaklySourced(sources)).toBe(expected)
  })
})

describe('sourceByline', () => {
  it.each([
    [
      { publisher: 'Baird Maritime', via: 'Reuters' },
      'Reuters, via Baird Maritime',
    ],
    [{ publisher: 'PIIE' }, 'PIIE'],
  ])('%o → %s', (s, expected) => {
    expect(sourceByline(s, en)).toBe(expected)
  })
})

describe('sourceTitle and siteOf', () => {
  it.each([
    [{ title: 'A title', url: 'https://x.org/a' }, 'A title'],
    [
      { title: null, url: 'https://www.channelnewsasia.com/east-asia/x' },
      'untitled page on channelnewsasia.com',
    ],
    [
      { title: null, url: 'javascript:alert(1)' },
      'untitled page on javascript:alert(1)',
    ],
    [{ title: null, url: 'not a url' }, 'untitled page on not a url'],
  ])('%o → %s', (s, expected) => {
    expect(sourceTitle(s, en)).toBe(expected)
  })

  it('strips www. only', () => {
    expect(siteOf('https://www.bairdmaritime.com/a')).toBe('bairdmaritime.com')
    expect(siteOf('http://en.people.cn/n3')).toBe('en.people.cn')
  })
})

describe('sourceDate', () => {
  it.each([
    [null, 'day', 'undated'],
    ['2026-01-20', 'day', '2026-01-20'],
    ['2025-06-01', 'month', 'Jun 2025'],
    ['2025-01-01', 'year', '2025'],
  ] as const)('%s (%s) → %s', (date, precision, expected) => {
    expect(
      sourceDate(
        {
          publishedMs: date === null ? null : ms(date),
          publishedPrecision: precision,
        },
        en,
      ),
    ).toBe(expected)
  })
})

describe('kinds', () => {
  it('ranks official first and secondary last', () => {
    const order = (
      ['secondary', 'syndicated', 'official', 'original-report'] as const
    ).toSorted((a, b) => kindRank(a) - kindRank(b))
    expect(order).toEqual([
      'official',
      'original-report',
      'syndicated',
      'secondary',
    ])
  })

  it('labels each kind', () => {
    expect(sourceKindLabel('original-report', en)).toBe('Original report')
    expect(sourceKindLabel('syndicated', en)).toBe('Syndicated')
  })

  it('counts every kind, zero included', () => {
    expect(countByKind(kinds('secondary', 'official', 'secondary'))).toEqual({
      official: 1,
      'original-report': 0,
      syndicated: 0,
      secondary: 2,
    })
  })
})

describe('source refs on a value', () => {
  const sources = {
    baird: source(),
    blog: source({
      id: 'blog',
      publisher: 'Preseen',
      title: null,
      url: 'https://preseen.com/r',
      kind: 'secondary',
      via: undefined,
    }),
  }
  const point = (ids: string[]): SeriesPoint => ({
    dateMs: ms('2026-01-20'),
    datePrecision: 'day',
    value: 12,
    approx: false,
    status: 'observed',
    sourceIds: ids,
  })

  it('shows a syndicated copy under its original and the kind of each source', () => {
    expect(resolveSources({ sources }, ['baird', 'blog'], en)).toEqual([
      {
        publisher: 'Reuters, via Baird Maritime',
        url: 'https://www.bairdmaritime.com/shipping/x',
        title: 'China hits 12m-tonne US soybean target pledged in trade truce',
        kind: 'syndicated',
        kindLabel: 'Syndicated',
      },
      {
        publisher: 'Preseen',
        url: 'https://preseen.com/r',
        title: 'untitled page on preseen.com',
        kind: 'secondary',
        kindLabel: 'Secondary',
      },
    ])
  })

  it.each([
    [['blog'], true],
    [['baird', 'blog'], false],
  ])('a value citing %o is weakly sourced: %s', (ids, expected) => {
    expect(
      toPointInfo({ sources }, 'x', 'Mt', point(ids), en).weaklySourced,
    ).toBe(expected)
  })
})
