import { en } from '../../lang'
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseDatasetText } from '@/data/validate-dataset'
import { COMMODITIES, type Commodity } from '@/domain/commodities'
import { FIGURE_BUILDERS, findFigure, lazyFigures } from '@/domain/figures'
import { DEFAULT_FILTERS } from '@/domain/filters'

const SHIPPED = readFileSync(
  new URL('../../../data/commitments.json', import.meta.url),
  'utf8',
)
const shipped = () => parseDatasetText(SHIPPED)
const NOW = Date.parse('2026-11-29T00:00:00Z')

describe('lazyFigures', () => {
  it.each(COMMODITIES)(
    '%s: the same figures as its builder, built once and kept',
    (commodity) => {
      const dataset = shipped()
      const figuresOf = lazyFigures(dataset, DEFAULT_FILTERS, NOW, en)
      const first = figuresOf(commodity)
      expect(first.map((f) => f.id)).toEqual(
        FIGURE_BUILDERS[commodity](dataset, DEFAULT_FILTERS, NOW, en).map(
          (f) => f.id,
        ),
      )
      expect(figuresOf(commodity)).toBe(first)
    },
  )

  it('builds nothing until asked', () => {
    const calls: string[] = []
    const counting = new Proxy(shipped(), {
      get(target, key, receiver) {
        calls.push(String(key))
        return Reflect.get(target, key, receiver) as unknown
      },
    })
    const figuresOf = lazyFigures(counting, DEFAULT_FILTERS, NOW, en)
    expect(calls).toEqual([])
    figuresOf('soybeans')
    expect(calls.length).toBeGreaterThan(0)
  })
})

describe('findFigure', () => {
  /** Every figure of the shipped dataset, as its builders make them (checked below). */
  const every: { commodity: Commodity; id: string }[] = [
    { commodity: 'tariffs', id: 'tariffs-us-on-china' },
    { commodity: 'tariffs', id: 'tariffs-china-on-us' },
    { commodity: 'tariffs', id: 'tariffs-pauses' },
    { commodity: 'rare-earths', id: 'rare-earths-pauses' },
    { commodity: 'rare-earths', id: 'rare-earths-magnet-exports' },
    { commodity: 'soybeans', id: 'soybeans-soy-12mt' },
    { commodity: 'soybeans', id: 'soybeans-soy-25mt-2026' },
    { commodity: 'soybeans', id: 'soybeans-soy-20mt-season' },
    { commodity: 'soybeans', id: 'soybeans-monthly-imports' },
    { commodity: 'soybeans', id: 'soybeans-annual-imports' },
  ]

  it('the table below lists every figure the builders make', () => {
    const dataset = shipped()
    expect(
      COMMODITIES.flatMap((commodity) =>
        FIGURE_BUILDERS[commodity](dataset, DEFAULT_FILTERS, NOW, en).map(
          (f) => ({ commodity, id: f.id }),
        ),
      ),
    ).toEqual(every)
  })

  it.each(every)('$id ($commodity) is found by its id', ({ id }) => {
    expect(findFigure(shipped(), DEFAULT_FILTERS, NOW, id, en)?.id).toBe(id)
  })

  it.each(every)(
    '$id is not found when $commodity is filtered out',
    ({ commodity, id }) => {
      const filters = {
        ...DEFAULT_FILTERS,
        commodities: COMMODITIES.filter((c) => c !== commodity),
      }
      expect(findFigure(shipped(), filters, NOW, id, en)).toBeUndefined()
    },
  )

  it('an unknown id finds nothing', () => {
    expect(
      findFigure(shipped(), DEFAULT_FILTERS, NOW, 'no-such-figure', en),
    ).toBeUndefined()
  })

  it('builds no commodity after the one holding the figure', () => {
    const first = every.find((f) => f.commodity === COMMODITIES[0])!
    const built: string[] = []
    const counting = new Proxy(shipped(), {
      get(target, key, receiver) {
        built.push(String(key))
        return Reflect.get(target, key, receiver) as unknown
      },
    })
    findFigure(counting, DEFAULT_FILTERS, NOW, first.id, en)
    const firstOnly = built.length
    built.length = 0
    findFigure(counting, DEFAULT_FILTERS, NOW, 'no-such-figure', en)
    expect(built.length).toBeGreaterThan(firstOnly)
  })
})
