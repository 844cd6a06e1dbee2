/**
 * The entry script (src/boot.ts) runs the app only after the first frame is
 * painted, or at once in a background tab, which paints no frames; first, in
 * tasks of their own, it makes the page's first Intl object and opens storage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/** Called when the app's module (src/main.tsx) is evaluated. */
const started = vi.fn()

let frames: FrameRequestCallback[] = []

beforeEach(() => {
  vi.resetModules()
  started.mockClear()
  vi.doMock('@/main', () => {
    started()
    return {}
  })
  frames = []
  vi.useFakeTimers()
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    frames.push(cb)
    return frames.length
  })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** Lets the dynamic import() of the app settle. */
const settle = () => vi.dynamicImportSettled()

describe('src/boot.ts', () => {
  it('starts the app in the task after the next frame, not before', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible')
    await import('@/boot')
    await settle()
    expect(started).not.toHaveBeenCalled()
    expect(frames).toHaveLength(1)
    frames[0]!(performance.now()) // the frame: painted right after this callback
    await settle()
    expect(started).not.toHaveBeenCalled()
    vi.runAllTimers() // the tasks queued after the frame
    await settle()
    expect(started).toHaveBeenCalledOnce()
  })

  it('starts the app without waiting for a frame in a background tab', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    await import('@/boot')
    vi.runAllTimers()
    await settle()
    expect(started).toHaveBeenCalledOnce()
    expect(frames).toEqual([])
  })

  it('makes the first Intl object and reads storage each in its own task, before the app', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    const order: string[] = []
    const DateTimeFormat = Intl.DateTimeFormat
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof Intl.DateTimeFormat>
    ) {
      order.push('intl')
      return new DateTimeFormat(...args)
    } as unknown as typeof Intl.DateTimeFormat)
    vi.spyOn(Storage.prototype, 'length', 'get').mockImplementation(() => {
      order.push('storage')
      return 0
    })
    started.mockImplementation(() => order.push('app'))
    await import('@/boot')
    await settle()
    expect(order).toEqual(['intl'])
    vi.advanceTimersToNextTimer()
    await settle()
    expect(order).toEqual(['intl', 'storage'])
    vi.advanceTimersToNextTimer()
    await settle()
    expect(order).toEqual(['intl', 'storage', 'app'])
  })

  it('starts the app even where a warm-up throws (storage blocked)', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    vi.spyOn(Storage.prototype, 'length', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    await import('@/boot')
    vi.runAllTimers()
    await settle()
    expect(started).toHaveBeenCalledOnce()
  })
})
