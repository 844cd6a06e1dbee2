import { type Page, expect } from '@playwright/test'

/**
 * Waits until the app is live: the prerendered page's controls are disabled
 * until the app has hydrated it (or rendered its own view) and switched them on.
 */
export async function appLive(page: Page) {
  await expect(page.locator('fieldset.page-controls')).toBeEnabled()
}

/**
 * Draws every chart at once, as before printing (charts/draw-all.ts). The
 * page hydrates section by section and a section not yet live ignores the
 * event, so it is sent again until no placeholder is left; then waits until
 * every chart's code has arrived and drawn it.
 */
export async function drawAllCharts(page: Page) {
  await appLive(page)
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
  // A chart whose code has not arrived yet (charts/chart-code.ts: the bar and
  // swimlane charts' is fetched a few seconds after the page starts) holds its
  // space with an empty svg until it does; a drawn chart is one tab stop.
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            [...document.querySelectorAll('figure')].filter(
              (figure) =>
                ![...figure.querySelectorAll('svg, svg *')].some(
                  (n) => n instanceof SVGElement && n.tabIndex >= 0,
                ),
            ).length,
        ),
      { timeout: 60_000 },
    )
    .toBe(0)
}
