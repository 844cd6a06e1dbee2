/** Waiting for an element's markup to stop changing, a task at a time. */

/** Resolves in a new task (a message, which unlike a timer is never clamped). */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })

/** Tasks an element is given to settle before it is taken as it is. */
export const MAX_SETTLE_TASKS = 20

/**
 * Resolves once a task passes without a change to `host`'s markup, or after
 * `maxTasks` tasks; returns how many tasks it waited. Recharts lays out axes
 * and labels in effects and store updates after its first render: an export
 * settles in one or two tasks (~1 ms), where waiting for two frames took
 * 5-30 ms of an export clicked at once.
 */
export async function settleMarkup(
  host: Element,
  maxTasks: number = MAX_SETTLE_TASKS,
): Promise<number> {
  let markup = host.innerHTML
  for (let i = 1; i <= maxTasks; i++) {
    await nextTask()
    const now = host.innerHTML
    if (now === markup) return i
    markup = now
  }
  return maxTasks
}
