import { readFileSync } from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import { type Page, expect, test } from '@playwright/test'

import { VERDICT_META, VERDICTS } from '../../src/domain/glance/verdicts'
import { appLive, drawAllCharts } from './draw-charts'
import { watchPageHealth } from './page-health'

/** The day the cards were checked: every pause and Section 122's end have passed. */
const TODAY = new Date('2026-12-02T12:00:00Z')
/** The English catalogue of the cards (read as a file: Playwright's loader imports no JSON). */
const enGlance = JSON.parse(
  readFileSync('src/locales/en/glance.json', 'utf8'),
) as Record<string, string>
/** The verdict words (plain messages: no placeholders to fill). */
const WORDS = VERDICTS.map((v) => enGlance[VERDICT_META[v].label]!)

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY)
})

const region = (page: Page) => page.getByRole('region', { name: 'At a glance' })
/** The cards: the list items that have a title (figures are nested lists). */
const cards = (page: Page) =>
  region(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) })

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const)
  for (const colorScheme of ['light', 'dark'] as const)
    test(`At a glance answers first at ${width}×${height} (${colorScheme})`, async ({
      page,
    }) => {
      const problems = watchPageHealth(page)
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme })
      await page.goto('/')
      await expect(region(page)).toBeVisible()
      await expect(cards(page)).toHaveCount(6)
      // Hydrated: the controls are switched on.
      await appLive(page)
      // For looking at (not compared): the first screen as a reader sees it.
      await page.screenshot({ path: `/tmp/glance-${width}-${colorScheme}.png` })

      for (const card of await cards(page).all()) {
        const text = (await card.textContent()) ?? ''
        expect(WORDS.some((w) => text.includes(w))).toBe(true)
        expect(text).toMatch(/as of \d{1,2} \w{3} \d{4}/)
        expect(text).toMatch(/\d/)
        const link = card.getByRole('link', { name: /^See the figure/ })
        const href = await link.getAttribute('href')
        expect(href).toMatch(/^#/)
        await expect(page.locator(`[id="${href!.slice(1)}"]`)).toHaveCount(1)
      }

      const inView = async (box: { y: number; height: number } | null) =>
        box !== null && box.y >= 0 && box.y + box.height <= height
      if (width === 1440)
        expect(await inView(await region(page).boundingBox())).toBe(true)
      else
        for (const card of (await cards(page).all()).slice(0, 3))
          expect(await inView(await card.boundingBox())).toBe(true)

      const results = await new AxeBuilder({ page })
        .include('section[aria-labelledby="glance-heading"]')
        .analyze()
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`,
        ),
      ).toEqual([])
      await page.waitForLoadState('networkidle')
      expect(problems).toEqual([])
    })

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const)
  for (const colorScheme of ['light', 'dark'] as const)
    test(`axe: no violations on the whole page at ${width}×${height} (${colorScheme}), every chart drawn and every disclosure open`, async ({
      page,
    }) => {
      // axe walks every node of a long page (16 figures, 187 sources).
      test.setTimeout(180_000)
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme })
      await page.goto('/')
      await drawAllCharts(page)
      // What opens on demand is checked too: details, notes, known gaps, filters.
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      )
      const results = await new AxeBuilder({ page }).analyze()
      expect(
        results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes.length} × ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
        ),
      ).toEqual([])
      // Whole page: every figure was part of the run.
      expect(await page.getByRole('figure').count()).toBeGreaterThan(9)
    })

test('the freshness line says how old the data are', async ({ page }) => {
  await page.goto('/')
  await expect(region(page)).toContainText(
    'The data stop at 29 Jun 2026, 156 days ago; later dates are scheduled, not observed.',
  )
})

test('"See the figure" moves to the figure', async ({ page }) => {
  await page.goto('/')
  await cards(page)
    .filter({ hasText: 'export controls' })
    .getByRole('link', { name: /^See the figure/ })
    .click()
  await expect(page).toHaveURL(/#rare-earths-pauses$/)
  await expect(
    page.getByRole('figure', { name: /^Rare earths: export controls/ }),
  ).toBeInViewport()
})
