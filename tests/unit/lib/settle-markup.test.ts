// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'

import { nextTask, settleMarkup } from '@/lib/settle-markup'

/** An element whose markup changes once in each of its first `changes` tasks. */
function changingHost(changes: number) {
  const host = document.createElement('div')
  host.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
  void (async () => {
    for (let i = 0; i < changes; i++) {
      await nextTask()
      host.firstElementChild!.textContent = String(i)
    }
  })()
  return host
}

describe(settleMarkup, () => {
  it.each<[string, number, number, number]>([
    ['already settled', 0, 20, 1],
    ['one change (an effect)', 1, 20, 2],
    ['three changes', 3, 20, 4],
    ['never settling within the cap', 50, 5, 5],
  ])(
    '%s: resolves after the first task with no change',
    async (_name, changes, cap, tasks) => {
      const host = changingHost(changes)
      expect(await settleMarkup(host, cap)).toBe(tasks)
    },
  )

  it('sees the last change before it resolves', async () => {
    const host = changingHost(3)
    await settleMarkup(host)
    expect(host.textContent).toBe('2')
  })
})
