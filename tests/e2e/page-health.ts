import type { Page } from '@playwright/test'

/** Collects what must stay empty on a healthy page: console errors, page errors, failed requests. */
export function watchPageHealth(page: Page) {
  const problems: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) =>
    problems.push(
      `request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`,
    ),
  )
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return problems
}
