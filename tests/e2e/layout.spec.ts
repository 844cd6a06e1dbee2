import { type Page, expect, test } from '@playwright/test'

/** A fixed "today", as in the other specs. */
const TODAY = new Date('2026-11-29T10:00:00Z')

/** The deferred-chart placeholder text (charts/deferred.tsx). */
const PLACEHOLDER =
  'The chart is drawn in your browser when it comes into view.'

/**
 * Scrolls down a screen at a time to the bottom, then brings each chart still
 * not drawn into view and waits for it (a fast scroll can pass a chart before
 * it is drawn). Returns the page height once no placeholder is left.
 */
async function drawEveryChart(page: Page): Promise<number> {
  for (let step = 0; step < 100; step++) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight)
      return (
        window.scrollY + window.innerHeight >=
        document.documentElement.scrollHeight - 2
      )
    })
    await page.waitForTimeout(100)
    if (atBottom) break
  }
  const placeholders = page.getByText(PLACEHOLDER)
  for (let left = await placeholders.count(); left > 0;) {
    // In the page, not by locator: the placeholder may be replaced meanwhile.
    await page.evaluate(() =>
      document.querySelector('.deferred-chart')?.scrollIntoView(),
    )
    await expect.poll(() => placeholders.count()).toBeLessThan(left)
    left = await placeholders.count()
  }
  return page.evaluate(() => document.documentElement.scrollHeight)
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY)
})

test('on a phone (390×844), with every commodity and the default range, the page is at most 14,000 px tall once every chart is drawn, with no horizontal scroll', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await expect(page.getByRole('figure').first()).toBeVisible()
  const height = await drawEveryChart(page)
  console.log(`page height at 390 px: ${height}`)
  expect(height).toBeLessThanOrEqual(14_000)
  const overflow = await page.evaluate(
    () =>
      document.documentElement.scrollWidth -
      document.documentElement.clientWidth,
  )
  expect(overflow).toBe(0)
})

test('at 1440×900 the page is drawn with no horizontal scroll', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/')
  await expect(page.getByRole('figure').first()).toBeVisible()
  const height = await drawEveryChart(page)
  console.log(`page height at 1440 px: ${height}`)
  const overflow = await page.evaluate(
    () =>
      document.documentElement.scrollWidth -
      document.documentElement.clientWidth,
  )
  expect(overflow).toBe(0)
})

test('on a phone the filters sit behind one "Filters" disclosure that sums them up; each figure shows its takeaway and keeps its summary as description', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  const commodities = page.getByRole('group', { name: 'Commodities' })
  const filters = page.getByText('Filters', { exact: true })
  await expect(page.getByText('All commodities · 2025–2026')).toBeVisible()
  await expect(commodities).toBeHidden()
  await filters.click()
  await expect(commodities).toBeVisible()
  await commodities.getByRole('checkbox', { name: 'Soybeans' }).uncheck()
  await expect(page.getByText('Tariffs, Rare earths · 2025–2026')).toBeVisible()
  const figure = page.getByRole('figure').first()
  await expect(figure).toContainText(/^.*As of 29 Jun 2026, .* stood at/)
  await expect(figure.getByText('Details', { exact: true })).toBeVisible()
  await expect(figure).toHaveAccessibleDescription(
    /^As of 29 Jun 2026, US tariffs on Chinese goods in force by layer: /,
  )
})
