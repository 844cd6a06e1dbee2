import { createServer, type Server } from 'node:http'

import AxeBuilder from '@axe-core/playwright'

import { type Page, expect, test } from '@playwright/test'

import { E2E_PORT } from './server-config'
import { watchPageHealth } from './page-health'

/** A second origin (another port) for the host page that embeds a figure. */
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? E2E_PORT + 1)
const APP = `http://127.0.0.1:${E2E_PORT}`
const HOST = `http://127.0.0.1:${HOST_PORT}`

// One worker for this file: it owns the host server's port.
test.describe.configure({ mode: 'serial' })

let hostHtml = ''
let server: Server

test.beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(hostHtml)
  })
  await new Promise<void>((done) => server.listen(HOST_PORT, '127.0.0.1', done))
})

test.afterAll(async () => {
  await new Promise((done) => server.close(done))
})

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-29T10:00:00Z'))
})

/** A host page that records the embed's height messages. */
const hostPage = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head><body><h1>An article</h1>${body}<script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'truce-tracker:height') window.heights.push({ origin: e.origin, figure: e.data.figure, height: e.data.height }) })</script></body></html>`

async function copyEmbedCode(page: Page, figureName: RegExp): Promise<string> {
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP })
  await page.goto('/')
  const figure = page.getByRole('figure', { name: figureName }).first()
  await figure.getByRole('button', { name: 'Export' }).click()
  await figure.getByRole('button', { name: 'Copy embed code' }).click()
  await expect(figure.getByRole('status')).toHaveText(/Embed code copied/)
  return page.evaluate(() => navigator.clipboard.readText())
}

test('another site embeds a figure through the copied snippet', async ({
  page,
}) => {
  const snippet = await copyEmbedCode(page, /^Tariffs/)
  expect(snippet).toMatch(
    new RegExp(
      `^<iframe src="${APP}/embed/tariffs-us-on-china\\?lang=en" title="[^"]+ \\(Truce Tracker\\)" width="100%" height="\\d+" loading="lazy"`,
    ),
  )

  const problems = watchPageHealth(page)
  hostHtml = hostPage(snippet)
  await page.goto(HOST)
  const frameElement = page.locator('iframe')
  const title = (await frameElement.getAttribute('title'))!
  const frame = page.frameLocator(`iframe[title="${title}"]`)
  const chart = frame.getByRole('img', { name: /^Chart: / })
  await expect(chart).toBeVisible()
  await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(3)
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(frame.getByText(/Data as of 2026-06-29/)).toBeVisible()
  await expect(
    frame.getByRole('link', { name: 'Full dashboard: Truce Tracker' }),
  ).toHaveAttribute('href', `${APP}/?lang=en#tariffs-us-on-china`)
  // No dashboard controls inside the frame.
  await expect(frame.getByRole('button')).toHaveCount(0)

  // The height message (README, "Embedding a figure").
  await expect
    .poll(() =>
      page.evaluate(
        () => (window as unknown as { heights: { height: number }[] }).heights,
      ),
    )
    .toContainEqual({
      origin: APP,
      figure: 'tariffs-us-on-china',
      height: expect.any(Number) as unknown as number,
    })
  const heights = await page.evaluate(
    () => (window as unknown as { heights: { height: number }[] }).heights,
  )
  expect(heights.at(-1)!.height).toBeGreaterThan(300)
  expect(problems).toEqual([])
})

test('the full dashboard refuses to be framed', async ({ page }) => {
  const consoleErrors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text())
  })
  hostHtml = hostPage(
    `<iframe src="${APP}/" title="The dashboard" width="800" height="600"></iframe>`,
  )
  await page.goto(HOST)
  await expect
    .poll(() => consoleErrors.join('\n'))
    .toMatch(/Framing '[^']+' violates .*"frame-ancestors 'none'"/)
  const frame = page.frame({ url: (url) => url.href.startsWith(APP) })
  // Blocked: no document of the app's origin was created in the frame.
  expect(
    frame === null ||
      (await frame.evaluate(() => document.getElementById('root'))) === null,
  ).toBe(true)
})

test('the embed follows ?theme= and says when a figure id is unknown', async ({
  page,
}) => {
  await page.goto('/embed/tariffs-us-on-china?theme=dark')
  await expect(page.getByRole('img', { name: /^Chart: / })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.goto('/embed/no-such-figure')
  await expect(page.getByRole('alert')).toHaveText(
    /No figure “no-such-figure” in this dataset/,
  )
})

for (const colorScheme of ['light', 'dark'] as const)
  test(`an embed has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto('/embed/rare-earths-pauses')
    await expect(page.getByRole('img', { name: /^Chart: / })).toBeVisible()
    const results = await new AxeBuilder({ page }).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  })
