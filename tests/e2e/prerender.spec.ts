/**
 * The build prerenders the default view into index.html (vite.config.ts,
 * src/prerender.tsx): it must show before any JavaScript runs, and hydrate
 * into the live app without a mismatch (which React reports as a console error).
 */
import { expect, test } from '@playwright/test'

import { watchPageHealth } from './page-health'

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the default view is readable: heading, as-of, filters, every figure with its caption and sources', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Truce Tracker' }),
    ).toBeVisible()
    await expect(
      page.getByText('Data as of 2026-06-29', { exact: true }),
    ).toBeVisible()
    await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible()
    // Controls do nothing without JavaScript, so they say so: disabled.
    await expect(page.getByRole('checkbox', { name: 'Tariffs' })).toBeDisabled()
    await expect(
      page.getByLabel('Load your own dataset (JSON file)'),
    ).toBeDisabled()
    await expect(page.getByRole('figure')).toHaveCount(10)
    await expect(
      page.getByRole('figure', {
        name: 'Tariffs: US on Chinese goods, by legal layer',
      }),
    ).toContainText('Sources:')
    await expect(page.getByRole('region', { name: /^Sources/ })).toBeVisible()
    // The chart area keeps its height, so nothing jumps when charts are drawn.
    const chartArea = page
      .getByRole('figure')
      .first()
      .getByText('The chart is drawn in your browser when it comes into view.')
    await expect(chartArea).toBeVisible()
  })
})

test('the served HTML carries the prerendered view and the time it was rendered at', async ({
  request,
}) => {
  const html = await (await request.get('/')).text()
  expect(html).toMatch(
    /<div id="root" data-prerendered-at="\d+" data-prerendered-dataset="\d+\/[^"]+" data-prerendered-locale="en">/,
  )
  expect(html).toContain('Tariffs: US on Chinese goods, by legal layer')
  expect(html).not.toContain('style="')
})

test('the first view paints before the app runs; the app downloads from the start, the chart code with the charts', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text()
  const preloaded = [
    ...html.matchAll(/<link rel="modulepreload"[^>]* href="([^"]+)"/g),
  ].map((m) => m[1])
  expect(
    preloaded.filter((href) => /\/assets\/main-/.test(href!)),
  ).toHaveLength(1)
  expect(
    preloaded.filter((href) => /time-chart|period-bars/.test(href!)),
  ).toEqual([])
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  })
  await page.goto('/')
  await expect(
    page.getByRole('figure').first().getByRole('application'),
  ).toBeVisible()
  expect(scripts.some((s) => /\/assets\/time-chart-/.test(s))).toBe(true)
  const { paint, appStart } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    appStart: performance.getEntriesByName('truce-tracker:app-start')[0]
      ?.startTime,
  }))
  expect(paint).toBeGreaterThan(0)
  expect(appStart).toBeGreaterThan(paint!)
})

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-29T10:00:00Z'))
  })

  test('hydrates without a mismatch, draws the first chart and responds to the filters', async ({
    page,
  }) => {
    const problems = watchPageHealth(page)
    await page.goto('/')
    const first = page.getByRole('figure').first()
    await expect(first.getByRole('application')).toBeVisible()
    const tariffs = page.getByRole('checkbox', { name: 'Tariffs' })
    await expect(tariffs).toBeEnabled()
    await tariffs.uncheck()
    await expect(
      page.getByRole('heading', { level: 2, name: 'Tariffs' }),
    ).toHaveCount(0)
    expect(new URL(page.url()).searchParams.get('commodities')).toBe(
      'rare-earths,soybeans',
    )
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
  })

  test('a shared link with filters replaces the prerendered default view', async ({
    page,
  }) => {
    const problems = watchPageHealth(page)
    await page.goto('/?commodities=soybeans')
    await expect(
      page.getByRole('heading', { level: 2, name: 'Soybeans' }),
    ).toBeVisible()
    await expect(
      page.getByRole('heading', { level: 2, name: 'Tariffs' }),
    ).toHaveCount(0)
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
  })

  test('a data file changed since the build is rendered afresh, not hydrated over the old HTML', async ({
    page,
  }) => {
    await page.setExtraHTTPHeaders({ 'x-e2e-dataset': 'edited' })
    const problems = watchPageHealth(page)
    await page.goto('/')
    await expect(page.getByText(/\(edited after the build\)/)).toBeVisible()
    // The figures sit below the "At a glance" cards: bring the first into view to draw it.
    await page.getByRole('figure').first().scrollIntoViewIfNeeded()
    await expect(
      page.getByRole('figure').first().getByRole('application'),
    ).toBeVisible()
    await page.waitForLoadState('networkidle')
    // A hydration mismatch would be a console error.
    expect(problems).toEqual([])
  })

  test('dark mode readers get dark charts after hydration', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    const problems = watchPageHealth(page)
    await page.goto('/')
    await expect(
      page.getByRole('figure').first().getByRole('application'),
    ).toBeVisible()
    const legendStroke = await page
      .getByRole('figure')
      .first()
      .getByRole('list', { name: 'Legend' })
      .locator('line')
      .first()
      .getAttribute('stroke')
    const lightStroke = '#0072B2'
    expect(legendStroke).not.toBe(lightStroke)
    expect(problems).toEqual([])
  })
})
