import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type * as DrawQueue from '@/charts/draw-queue'

type Queue = typeof DrawQueue

/** A fresh queue (module state) with frames and timers under test control. */
async function freshQueue(): Promise<Queue> {
  vi.resetModules()
  return import('@/charts/draw-queue')
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 16))
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('draw queue: one chart at a time, in order, a paint in between', () => {
  it('draws the first at once and the next only after the first is drawn and a frame passed', async () => {
    const q = await freshQueue()
    const log: string[] = []
    const a = () => log.push('a')
    const b = () => log.push('b')
    const c = () => log.push('c')
    q.queueDraw(a)
    q.queueDraw(b)
    q.queueDraw(c)
    expect(log).toEqual(['a'])
    vi.advanceTimersByTime(100)
    expect(log).toEqual(['a']) // a has not reported being drawn
    q.drawn(a)
    expect(log).toEqual(['a']) // not in the same task
    vi.advanceTimersByTime(16)
    vi.advanceTimersByTime(1)
    expect(log).toEqual(['a', 'b'])
    q.drawn(b)
    vi.advanceTimersByTime(17)
    expect(log).toEqual(['a', 'b', 'c'])
  })

  it.each([
    ['a waiting draw taken out is skipped', 'waiting', ['a', 'c']],
    [
      'the draw in progress taken out (unmounted) frees the queue',
      'drawing',
      ['a', 'b'],
    ],
  ] as const)('%s', async (_name, which, expected) => {
    const q = await freshQueue()
    const log: string[] = []
    const a = () => log.push('a')
    const b = () => log.push('b')
    const c = () => log.push('c')
    const removeA = q.queueDraw(a)
    const removeB = q.queueDraw(b)
    q.queueDraw(c)
    if (which === 'waiting') {
      removeB()
      q.drawn(a)
    } else {
      removeA()
    }
    vi.advanceTimersByTime(17)
    expect(log).toEqual(expected)
  })

  it('ignores a report from a draw that is not in progress', async () => {
    const q = await freshQueue()
    const log: string[] = []
    const a = () => log.push('a')
    const b = () => log.push('b')
    q.queueDraw(a)
    q.queueDraw(b)
    q.drawn(b)
    vi.advanceTimersByTime(100)
    expect(log).toEqual(['a'])
  })
})
