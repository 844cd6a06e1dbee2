import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseDatasetText } from '@/data/validate-dataset'
import { COMMODITIES } from '@/domain/commodities'
import { FIGURE_BUILDERS, lazyFigures } from '@/domain/figures'
import { DEFAULT_FILTERS } from '@/domain/filters'

const dataset = parseDatasetText(
  readFileSync(
    new URL('../../../data/commitments.json', import.meta.url),
    'utf8',
  ),
)
const NOW = Date.parse('2026-11-29T00:00:00Z')

describe('lazyFigures', () => {
  it.each(COMMODITIES)(
    '%s: the same figures as its builder, built once and kept',
    (commodity) => {
      const figuresOf = lazyFigures(dataset, DEFAULT_FILTERS, NOW)
      const first = figuresOf(commodity)
      expect(first.map((f) => f.id)).toEqual(
        FIGURE_BUILDERS[commodity](dataset, DEFAULT_FILTERS, NOW).map(
          (f) => f.id,
        ),
      )
      expect(figuresOf(commodity)).toBe(first)
    },
  )

  it('builds nothing until asked', () => {
    const calls: string[] = []
    const counting = new Proxy(dataset, {
      get(target, key, receiver) {
        calls.push(String(key))
        return Reflect.get(target, key, receiver) as unknown
      },
    })
    const figuresOf = lazyFigures(counting, DEFAULT_FILTERS, NOW)
    expect(calls).toEqual([])
    figuresOf('soybeans')
    expect(calls.length).toBeGreaterThan(0)
  })
})
