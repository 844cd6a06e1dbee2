/**
 * The entry script (src/boot.ts) runs the app only after the first frame is
 * painted, or at once in a background tab, which paints no frames.
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
    vi.runAllTimers() // the task queued by the frame callback
    await settle()
    expect(started).toHaveBeenCalledOnce()
  })

  it('starts the app at once in a background tab', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    await import('@/boot')
    await settle()
    expect(started).toHaveBeenCalledOnce()
    expect(frames).toEqual([])
  })
})
