import { type Locator, type Page, expect, test } from '@playwright/test'

/** A fixed "today", as in the other specs. */
const TODAY = new Date('2026-11-29T10:00:00Z')
/** The hover tooltip's hint (charts/pinnable-frame.tsx): finds the hover tooltip. */
const HINT = 'Click, tap or press Enter to pin; Escape to close.'
const DATE = /\d{1,2} [A-Z][a-z]{2} \d{4}/

test.use({
  viewport: { width: 360, height: 740 },
  hasTouch: true,
  isMobile: true,
})

test.beforeEach(async ({ page, context }) => {
  await page.clock.setFixedTime(TODAY)
  // Tests never reach the internet: anything not served locally is aborted.
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1'
      ? route.continue()
      : route.abort(),
  )
})

const firstTariffFigure = (page: Page) =>
  page.getByRole('figure', { name: /^Tariffs/ }).first()

/** The date a hover tooltip shows with the pointer at (x, y): Recharts' own answer. */
async function hoverDate(page: Page, figure: Locator, x: number, y: number) {
  await page.mouse.move(x, y)
  const tip = figure.locator('div', { hasText: HINT }).last()
  await expect(tip).toBeVisible()
  // Read until two reads agree: the tooltip follows the pointer a frame late.
  const read = async () => (await tip.innerText()).match(DATE)?.[0]
  let last: string | undefined
  await expect
    .poll(async () => {
      const now = await read()
      const same = now !== undefined && now === last
      last = now
      return same
    })
    .toBe(true)
  return last
}

async function tapAndRead(page: Page, figure: Locator, x: number, y: number) {
  await page.touchscreen.tap(x, y)
  const pinned = figure.getByRole('dialog', { name: /^Values on / })
  await expect(pinned).toBeVisible()
  const name = (await pinned.getAttribute('aria-labelledby'))!
  const label = await page.locator(`[id="${name}"]`).textContent()
  return { pinned, date: label?.match(DATE)?.[0] }
}

test('at 360 px a tap pins the date under the finger, inside the viewport, with a clickable source link', async ({
  page,
  context,
}) => {
  await page.goto('/')
  const figure = firstTariffFigure(page)
  await figure.scrollIntoViewIfNeeded()
  const chart = figure.getByRole('application')
  await chart.scrollIntoViewIfNeeded()
  const box = (await chart.boundingBox())!
  const y = box.y + box.height / 2
  // Two taps far apart: the second must pin its own date, not the first's.
  const left = box.x + box.width * 0.3
  const right = box.x + box.width * 0.8
  const first = await tapAndRead(page, figure, left, y)
  await first.pinned.getByRole('button', { name: 'Close' }).tap()
  await expect(first.pinned).toBeHidden()
  const second = await tapAndRead(page, figure, right, y)
  const { pinned } = second

  const vp = page.viewportSize()!
  await pinned.scrollIntoViewIfNeeded()
  const tip = (await pinned.boundingBox())!
  expect(tip.x).toBeGreaterThanOrEqual(-0.5)
  expect(tip.y).toBeGreaterThanOrEqual(-0.5)
  expect(tip.x + tip.width).toBeLessThanOrEqual(vp.width + 0.5)
  expect(tip.y + tip.height).toBeLessThanOrEqual(vp.height + 0.5)
  // Placed beside the date, not squeezed against the right edge.
  expect(tip.width).toBeGreaterThanOrEqual(200)

  const link = pinned.getByRole('link').first()
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', /\bnoopener\b/)
  const href = (await link.getAttribute('href'))!
  // The popup's request is aborted by the route above; it was asked for.
  const asked = context.waitForEvent('request', (r) => r.url() === href)
  const popup = context.waitForEvent('page')
  await link.tap()
  await popup
  await asked
  await pinned.getByRole('button', { name: 'Close' }).tap()
  await expect(pinned).toBeHidden()

  // The dates under the two taps, as Recharts' hover tooltip reads them there.
  await chart.scrollIntoViewIfNeeded()
  const box2 = (await chart.boundingBox())!
  const at = (f: number) => box2.x + box2.width * f
  const y2 = box2.y + box2.height / 2
  const hoverLeft = await hoverDate(page, figure, at(0.3), y2)
  const hoverRight = await hoverDate(page, figure, at(0.8), y2)
  expect(hoverLeft).not.toBe(hoverRight)
  expect(first.date).toBe(hoverLeft)
  expect(second.date).toBe(hoverRight)
})
