import { type Page, expect } from '@playwright/test'

/**
 * Draws every chart at once, as before printing (charts/draw-all.ts). The
 * page hydrates section by section and a section not yet live ignores the
 * event, so it is sent again until no placeholder is left.
 */
export async function drawAllCharts(page: Page) {
  // Hydrated: the controls are switched on.
  await expect(page.locator('fieldset.page-controls')).toBeEnabled()
  await page.waitForLoadState('networkidle')
  const placeholders = page.getByText(/drawn in your browser/)
  // Sixteen charts drawn at once take several seconds on a shared 2-core runner.
  await expect
    .poll(
      async () => {
        await page.evaluate(() =>
          window.dispatchEvent(new Event('beforeprint')),
        )
        return placeholders.count()
      },
      { timeout: 60_000 },
    )
    .toBe(0)
}
