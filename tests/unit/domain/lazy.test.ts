/** The one laziness/memo helper behind tables, tooltip info, figures and per-series facts. */
import { describe, expect, it, vi } from 'vitest'

import { lazy, memoize } from '@/domain/lazy'

describe(lazy, () => {
  it.each<[string, unknown]>([
    ['an object', { a: 1 }],
    ['undefined (kept, not rebuilt)', undefined],
    ['zero', 0],
  ])('builds %s once, on first use', (_name, value) => {
    const make = vi.fn(() => value)
    const get = lazy(make)
    expect(make).not.toHaveBeenCalled()
    expect(get()).toBe(value)
    expect(get()).toBe(value)
    expect(make).toHaveBeenCalledTimes(1)
  })
})

describe(memoize, () => {
  it('computes once per object, by identity', () => {
    const compute = vi.fn((o: { n: number }) => (o.n > 0 ? o.n : undefined))
    const f = memoize(compute)
    const a = { n: 1 }
    const b = { n: 0 }
    expect([f(a), f(a), f(b), f(b), f({ n: 1 })]).toEqual([
      1,
      1,
      undefined,
      undefined,
      1,
    ])
    expect(compute).toHaveBeenCalledTimes(3)
  })

  it('computes once per string, by value', () => {
    const compute = vi.fn((s: string) => s.length)
    const f = memoize(compute)
    expect([f('ab'), f('ab'), f('abc')]).toEqual([2, 2, 3])
    expect(compute).toHaveBeenCalledTimes(2)
  })
})
