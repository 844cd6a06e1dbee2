/**
 * Runs `task` when the main thread is next idle, and at the latest after
 * `timeoutMs`. Where requestIdleCallback is missing (Safari before 18, jsdom)
 * it runs after `fallbackMs` instead.
 */
export function whenIdle(
  task: () => void,
  timeoutMs: number,
  fallbackMs = 0,
): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(task, { timeout: timeoutMs })
  else setTimeout(task, fallbackMs)
}
