/** The on-demand loader behind the chart components' code (charts/chart-code.ts). */
import { describe, expect, it, vi } from 'vitest'

import { codeLoader } from '@/charts/chart-code'

describe(codeLoader, () => {
  it('imports once, on the first call, and returns the same promise after', async () => {
    const load = vi.fn(() => Promise.resolve('code'))
    const get = codeLoader(load)
    expect(load).not.toHaveBeenCalled()
    const first = get()
    expect(get()).toBe(first)
    await expect(first).resolves.toBe('code')
    expect(get()).toBe(first)
    expect(load).toHaveBeenCalledOnce()
  })

  it.each<[string, () => Promise<string>, Record<string, unknown>]>([
    [
      'fulfilled',
      () => Promise.resolve('code'),
      { status: 'fulfilled', value: 'code' },
    ],
    [
      'rejected',
      () => Promise.reject(new Error('offline')),
      { status: 'rejected', reason: new Error('offline') },
    ],
  ])(
    'marks a %s import the way React `use()` reads it, so a later render need not suspend',
    async (_, load, expected) => {
      const get = codeLoader(load)
      const promise = get()
      expect(promise.status).toBe('pending')
      await promise.catch(() => undefined)
      expect(promise).toMatchObject(expected)
    },
  )

  it('tries a failed import again on the next call', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('code')
    const get = codeLoader(load)
    await expect(get()).rejects.toThrow('offline')
    await expect(get()).resolves.toBe('code')
    expect(load).toHaveBeenCalledTimes(2)
  })
})
