import AxeBuilder from '@axe-core/playwright'
import { type Page, expect, test } from '@playwright/test'

import { watchPageHealth } from './page-health'

/** A fixed "today" so countdowns and the today line do not change with the calendar. */
const TODAY = new Date('2026-11-29T10:00:00Z')

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY)
})

const figures = (page: Page, prefix: string) =>
  page.getByRole('figure', { name: new RegExp(`^${prefix}`) })

test('all three commodities render from the real dataset, with no console errors', async ({
  page,
}) => {
  const problems = watchPageHealth(page)
  await page.goto('/')
  await expect(figures(page, 'Tariffs').first()).toBeVisible()
  expect(await figures(page, 'Tariffs').count()).toBeGreaterThanOrEqual(2)
  expect(await figures(page, 'Rare earths').count()).toBeGreaterThanOrEqual(1)
  expect(await figures(page, 'Soybeans').count()).toBeGreaterThanOrEqual(1)
  // Charts are drawn (the chart, not the placeholder that holds its height).
  const svg = figures(page, 'Tariffs').first().getByRole('application')
  await expect(svg).toBeVisible()
  expect((await svg.boundingBox())!.height).toBeGreaterThan(200)
  await expect(figures(page, 'Rare earths').first()).toContainText(
    'was due to end 10 Nov 2026 — outcome unknown (no data after 29 Jun 2026)',
  )
  expect(problems).toEqual([])
})

test('unchecking each commodity hides exactly its figures and updates the URL', async ({
  page,
}) => {
  await page.goto('/')
  await expect(figures(page, 'Soybeans').first()).toBeVisible()
  const group = page.getByRole('group', { name: 'Commodities' })
  const counts = {
    Tariffs: await figures(page, 'Tariffs').count(),
    'Rare earths': await figures(page, 'Rare earths').count(),
    Soybeans: await figures(page, 'Soybeans').count(),
  }
  for (const [label, id] of [
    ['Tariffs', 'tariffs'],
    ['Rare earths', 'rare-earths'],
    ['Soybeans', 'soybeans'],
  ] as const) {
    await group.getByRole('checkbox', { name: label }).uncheck()
    await expect(figures(page, label)).toHaveCount(0)
    for (const other of Object.keys(counts) as (keyof typeof counts)[])
      if (other !== label)
        await expect(figures(page, other)).toHaveCount(counts[other])
    expect(
      new URL(page.url()).searchParams.get('commodities')?.split(','),
    ).not.toContain(id)
    await group.getByRole('checkbox', { name: label }).check()
  }
  expect(new URL(page.url()).search).toBe('')
})

test('?commodities=soybeans shows only soybean figures', async ({ page }) => {
  await page.goto('/?commodities=soybeans')
  // The prerendered default view shows every figure until the link's filters apply.
  await expect(figures(page, 'Tariffs')).toHaveCount(0)
  await expect(figures(page, 'Soybeans').first()).toBeVisible()
  const names = await page
    .getByRole('figure')
    .evaluateAll((els) =>
      els.map((e) => e.querySelector('h3')?.textContent ?? ''),
    )
  expect(names.length).toBeGreaterThan(0)
  expect(names.every((n) => n.startsWith('Soybeans'))).toBe(true)
})

test('the date range changes every figure’s axis', async ({ page }) => {
  await page.goto('/')
  const tariffs = figures(page, 'Tariffs').first()
  await expect(tariffs).toContainText('Jan 2025')
  await page.getByRole('button', { name: 'Trade war 2018–' }).click()
  await expect(page).toHaveURL(/from=2018-01-01&to=2026-12-31/)
  const all = page.getByRole('figure')
  const n = await all.count()
  for (let i = 0; i < n; i++)
    await expect(all.nth(i)).toContainText('2018-01-01 to 2026-12-31')
  await expect(tariffs.locator('svg').first()).toContainText('2018')
  await page.getByLabel('Start').fill('2025-10-01')
  await expect(page).toHaveURL(/from=2025-10-01/)
  await expect(tariffs.locator('svg').first()).not.toContainText('2018')
})

test('every control is reachable and usable by keyboard', async ({ page }) => {
  await page.goto('/')
  await expect(figures(page, 'Tariffs').first()).toBeVisible()
  const tariffs = page
    .getByRole('group', { name: 'Commodities' })
    .getByRole('checkbox', { name: 'Tariffs' })
  // The prerendered controls are disabled until the app is live; a key
  // pressed before that does nothing (focus() does not wait, unlike click()).
  await expect(tariffs).toBeEnabled()
  await tariffs.focus()
  await page.keyboard.press('Space')
  await expect(figures(page, 'Tariffs')).toHaveCount(0)
  await page.keyboard.press('Space')
  await expect(figures(page, 'Tariffs').first()).toBeVisible()
  // Tab from the preset row reaches the presets; Enter applies one.
  await page.getByRole('button', { name: 'Busan deal' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/from=2025-10-01/)
  // Event markers (one marker per cluster of close events) and timeline bars
  // are focusable and named.
  const marker = figures(page, 'Tariffs')
    .first()
    .getByRole('button', { name: /^(Event 1\.|\d+ events: 1\.)/ })
  await marker.focus()
  await expect(marker).toBeFocused()
  // Charts below the fold are drawn when scrolled near (see charts/deferred.tsx).
  await figures(page, 'Rare earths').first().scrollIntoViewIfNeeded()
  const bar = figures(page, 'Rare earths')
    .first()
    .getByRole('img', { name: /Paused 7 Nov 2025/ })
    .first()
  await bar.focus()
  await expect(figures(page, 'Rare earths').first()).toContainText(
    /Paused 7 Nov 2025 – 10 Nov 2026 \(scheduled end, not observed\) — was due to end 10 Nov 2026 — outcome unknown/,
  )
  const showTable = figures(page, 'Soybeans')
    .first()
    .getByRole('button', { name: 'Show table' })
  await showTable.focus()
  await page.keyboard.press('Enter')
  await expect(
    figures(page, 'Soybeans').first().getByRole('table'),
  ).toBeVisible()
})

for (const colorScheme of ['light', 'dark'] as const)
  test(`axe reports no violations (${colorScheme})`, async ({ page }) => {
    // axe walks every node of a long page (figures, tables, 187 sources): allow it time.
    test.setTimeout(120_000)
    await page.emulateMedia({ colorScheme })
    await page.goto('/')
    await expect(figures(page, 'Soybeans').first()).toBeVisible()
    await figures(page, 'Soybeans')
      .first()
      .getByRole('button', { name: 'Show table' })
      .click()
    const results = await new AxeBuilder({ page }).analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`,
      ),
    ).toEqual([])
  })

for (const width of [360, 390, 768, 1440, 1600])
  test(`no horizontal scrolling at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/')
    await expect(figures(page, 'Soybeans').first()).toBeVisible()
    const overflow = await page.evaluate(
      () =>
        document.documentElement.scrollWidth -
        document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
  })

for (const [width, colorScheme] of [
  [1440, 'light'],
  [1440, 'dark'],
  [390, 'light'],
  [390, 'dark'],
] as const)
  test(`screenshot ${width} px ${colorScheme} for the README`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width > 1000 ? 1400 : 1600 })
    await page.emulateMedia({ colorScheme })
    await page.goto('/')
    await expect(figures(page, 'Soybeans').first()).toBeVisible()
    await page.screenshot({
      path: `docs/screenshot-${width}-${colorScheme}.png`,
    })
    if (width === 1440 && colorScheme === 'light')
      await page.screenshot({ path: 'docs/screenshot.png' })
  })
