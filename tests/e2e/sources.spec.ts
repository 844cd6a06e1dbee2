import { readFileSync } from 'node:fs'

import { type Page, expect, test } from '@playwright/test'

import { watchPageHealth } from './page-health'

/** A fixed "today" so nothing on the page changes with the calendar. */
const TODAY = new Date('2026-11-29T10:00:00Z')

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY)
})

const KIND = '(Official|Original report|Syndicated|Secondary)'
/** "Source: A (Original report); Reuters, via B (Syndicated)[ — weakly sourced …]" */
const EVERY_SOURCE_WITH_KIND = new RegExp(
  `^[^;]+ \\(${KIND}\\)(; [^;]+ \\(${KIND}\\))*( — weakly sourced \\(secondary sources only\\))?$`,
)

const figures = (page: Page, prefix: string) =>
  page.getByRole('figure', { name: new RegExp(`^${prefix}`) })

test('a tooltip names the kind of each source of each value', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const problems = watchPageHealth(page)
  await page.goto('/')
  const figure = figures(page, 'Tariffs: US on Chinese goods').first()
  await figure.scrollIntoViewIfNeeded()
  // Drawn when in view (charts/deferred.tsx): allow a loaded machine time.
  const chart = figure.getByRole('application')
  await expect(chart).toBeVisible({ timeout: 45_000 })
  // Recharts' keyboard layer: focus the chart, arrows move the tooltip.
  await chart.focus()
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
  const lines = page.locator('.chart-tooltip__source')
  await expect(lines.first()).toBeVisible()
  const texts = await lines.allTextContents()
  expect(texts.length).toBeGreaterThan(0)
  for (const text of texts)
    expect(text.replace(/^Source:\s*/, '').trim()).toMatch(
      EVERY_SOURCE_WITH_KIND,
    )
  expect(problems).toEqual([])
})

test('the table view names the kind of each source of each row', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.goto('/')
  const tariffs = figures(page, 'Tariffs: US on Chinese goods').first()
  // The prerendered button works once hydrated: the drawn chart says it is.
  await expect(tariffs.getByRole('application')).toBeVisible({
    timeout: 45_000,
  })
  await tariffs.getByRole('button', { name: 'Show table' }).click()
  const table = tariffs.getByRole('table')
  await expect(table).toBeVisible()
  const cells = await table
    .getByRole('row')
    .locator('td:last-child')
    .allTextContents()
  expect(cells.length).toBeGreaterThan(5)
  for (const cell of cells) expect(cell.trim()).toMatch(EVERY_SOURCE_WITH_KIND)
  await expect(table).toContainText(', via Mondaq (Syndicated)')
})

test('the Sources list counts each kind, filters by kind and names the original of a copy', async ({
  page,
}) => {
  const data = JSON.parse(readFileSync('data/commitments.json', 'utf8')) as {
    sources: { kind: string }[]
  }
  const count = (kind: string) =>
    data.sources.filter((s) => s.kind === kind).length
  await page.goto('/')
  const sources = page.getByRole('region', { name: /^Sources/ })
  await sources.scrollIntoViewIfNeeded()
  // The list is rendered when opened.
  await sources.getByRole('button', { name: /^Show all \d+ sources$/ }).click()
  const filter = sources.getByRole('group', { name: 'Show sources of kind' })
  const labels = [
    ['Official', 'official'],
    ['Original report', 'original-report'],
    ['Syndicated', 'syndicated'],
    ['Secondary', 'secondary'],
  ] as const
  for (const [label, kind] of labels)
    await expect(
      filter.getByRole('checkbox', { name: `${label} (${count(kind)})` }),
    ).toBeChecked()
  const total = data.sources.length
  await expect(sources.getByRole('status')).toHaveText(
    `Showing ${total} of ${total} sources.`,
  )
  await expect(sources).toContainText(
    'Reuters, via Baird Maritime — China hits 12m-tonne US soybean target pledged in trade truce (2026-01-20; Syndicated)',
  )
  await expect(sources).not.toContainText('title not shown')
  await expect(sources).not.toContainText('n.d.')
  await filter
    .getByRole('checkbox', { name: `Secondary (${count('secondary')})` })
    .uncheck()
  await expect(sources.getByRole('status')).toHaveText(
    `Showing ${total - count('secondary')} of ${total} sources.`,
  )
  await expect(sources.getByRole('listitem')).toHaveCount(
    total - count('secondary'),
  )
})
