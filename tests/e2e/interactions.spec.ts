import AxeBuilder from '@axe-core/playwright'
import { type Locator, type Page, expect, test } from '@playwright/test'

import { appLive } from './draw-charts'

/** A fixed "today" so countdowns and the today line do not change with the calendar. */
const TODAY = new Date('2026-11-29T10:00:00Z')
const SHOTS = process.env.INTERACT_SHOTS // a folder: also save screenshots there

test.beforeEach(async ({ page, context }) => {
  test.setTimeout(60_000)
  await page.clock.setFixedTime(TODAY)
  // Tests never reach the internet: anything not served locally is aborted.
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1'
      ? route.continue()
      : route.abort(),
  )
})

async function insideViewport(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
) {
  const vp = page.viewportSize()!
  // Half a pixel of sub-pixel scrolling is tolerated.
  expect(box.x).toBeGreaterThanOrEqual(-0.5)
  expect(box.y).toBeGreaterThanOrEqual(-0.5)
  expect(box.x + box.width).toBeLessThanOrEqual(vp.width + 0.5)
  expect(box.y + box.height).toBeLessThanOrEqual(vp.height + 0.5)
}

/** axe on one figure (the whole page is checked by page-quality.spec.ts). */
async function axeOn(page: Page, figure: Locator) {
  const id = await figure.getAttribute('id')
  return new AxeBuilder({ page }).include(`[id="${id}"]`).analyze()
}

const firstTariffFigure = (page: Page) =>
  page.getByRole('figure', { name: /^Tariffs/ }).first()

for (const width of [360, 1440]) {
  test(`at ${width} px the open Export menu is inside the viewport; Escape closes it and focus returns`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/')
    const figure = firstTariffFigure(page)
    const button = figure.getByRole('button', { name: 'Export' })
    await button.scrollIntoViewIfNeeded()
    await button.click()
    const copy = figure.getByRole('button', { name: 'Copy link' })
    await expect(copy).toBeVisible()
    const panelId = await button.getAttribute('aria-controls')
    const panel = page.locator(`[id="${panelId}"]`)
    await panel.scrollIntoViewIfNeeded()
    await insideViewport(page, (await panel.boundingBox())!)
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/menu-${width}.png` })
    expect((await axeOn(page, figure)).violations.map((v) => v.id)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(copy).toBeHidden()
    await expect(button).toBeFocused()
    await expect(button).toHaveAttribute('aria-expanded', 'false')
  })
}

test('a pinned tooltip at 360 px is inside the viewport and its source link opens a new tab', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto('/')
  const figure = firstTariffFigure(page)
  await figure.scrollIntoViewIfNeeded()
  const chart = figure.getByRole('application')
  await chart.scrollIntoViewIfNeeded()
  const box = (await chart.boundingBox())!
  // Right of the middle: an unclamped tooltip would be cut off at 360 px.
  await chart.click({ position: { x: box.width * 0.7, y: box.height / 2 } })
  const pinned = figure.getByRole('dialog', { name: /^Values on / })
  await expect(pinned).toBeVisible()
  await pinned.scrollIntoViewIfNeeded()
  await insideViewport(page, (await pinned.boundingBox())!)
  const frame = (await figure.boundingBox())!
  const tip = (await pinned.boundingBox())!
  expect(tip.x).toBeGreaterThanOrEqual(frame.x)
  expect(tip.x + tip.width).toBeLessThanOrEqual(frame.x + frame.width)
  // Placed beside the date, not squeezed against the frame's right edge (an
  // absolute box left too far right shrinks to fit and stays "inside").
  expect(tip.width).toBeGreaterThanOrEqual(200)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/tooltip-360.png` })
  expect((await axeOn(page, figure)).violations.map((v) => v.id)).toEqual([])
  const link = pinned.getByRole('link').first()
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', /\bnoopener\b/)
  const href = (await link.getAttribute('href'))!
  expect(href).toMatch(/^https?:\/\/(?!127\.0\.0\.1)/)
  // The popup's request is aborted by the route above; it was asked for.
  const asked = context.waitForEvent('request', (r) => r.url() === href)
  const popup = context.waitForEvent('page')
  await link.click()
  await popup
  await asked
  // Still pinned after the link was followed; Close unpins.
  await pinned.getByRole('button', { name: 'Close' }).click()
  await expect(pinned).toBeHidden()
})

test('Enter on a focused chart pins its tooltip; Escape unpins and focus returns to the chart', async ({
  page,
}) => {
  await page.goto('/')
  const figure = firstTariffFigure(page)
  const chart = figure.getByRole('application')
  await chart.focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  const pinned = figure.getByRole('dialog', { name: /^Values on / })
  await expect(pinned).toBeVisible()
  await expect(pinned.getByRole('button', { name: 'Close' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(pinned).toBeHidden()
  await expect(chart).toBeFocused()
})

test('printed, every figure holds a drawn chart, with no placeholder, button or file input', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  // Live before printing: the page is hydrated section by section, so wait for
  // the controls and for the first chart (scrolled to) to be drawn; the charts
  // further down are still placeholders.
  await appLive(page)
  await firstTariffFigure(page).scrollIntoViewIfNeeded()
  await expect(firstTariffFigure(page).getByRole('application')).toBeVisible()
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => window.scrollTo(0, 0))
  await expect(page.getByText(/drawn in your browser/).first()).toBeAttached()
  await page.evaluate(() => {
    window.print = () => undefined
  })
  // On a phone the toolbar (Print among it) sits behind the closed "Filters" disclosure.
  await page.locator('details.filters > summary').click()
  await page.getByRole('button', { name: 'Print' }).click()
  await page.emulateMedia({ media: 'print' })
  const figures = page.getByRole('figure')
  const n = await figures.count()
  expect(n).toBeGreaterThan(5)
  for (let i = 0; i < n; i++) {
    const figure = figures.nth(i)
    const chart = figure
      .getByRole('application')
      .or(figure.getByRole('group', { name: 'Timeline of measures' }))
    await expect(chart.first()).toBeVisible()
  }
  await expect(page.getByText(/drawn in your browser/)).toHaveCount(0)
  // No control is printed. The charts' numbered event markers have the role
  // "button" on screen (they open their events' list) and are printed as part
  // of the chart, so controls are counted as HTML elements.
  await expect(page.locator('button').filter({ visible: true })).toHaveCount(0)
  for (const role of ['checkbox', 'radio'] as const)
    await expect(page.getByRole(role).filter({ visible: true })).toHaveCount(0)
  await expect(
    page.locator('input[type=file]').filter({ visible: true }),
  ).toHaveCount(0)
  await expect(page.getByText(/^Printed from http/)).toBeVisible()
  if (SHOTS) await page.pdf({ path: `${SHOTS}/print.pdf`, width: '390px' })
  if (SHOTS)
    await page.screenshot({ path: `${SHOTS}/print-390.png`, fullPage: true })
})

test('beforeprint alone draws every deferred chart', async ({ page }) => {
  await page.goto('/')
  await expect(firstTariffFigure(page).getByRole('application')).toBeVisible()
  await expect(page.getByText(/drawn in your browser/).first()).toBeAttached()
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
  await expect(page.getByText(/drawn in your browser/)).toHaveCount(0)
})

test('the skip link is the first Tab stop and moves focus to the main content', async ({
  page,
}) => {
  await page.goto('/')
  await expect(firstTariffFigure(page)).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})
