import { type Locator, type Page, expect, test } from '@playwright/test'

/** A fixed "today" like the other specs: the today line and countdowns do not move. */
const TODAY = new Date('2026-11-29T10:00:00Z')

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY)
})

/** Event markers by role and name: 'Event 5. …' or '3 events: 5. …'. */
const MARKER = /^(Event \d+\.|\d+ events: )/
const TIME_FIGURES = /^(Tariffs: .*by legal layer|Soybeans: .*pledge)/

type Box = { x: number; y: number; width: number; height: number }

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width &&
  b.x < a.x + a.width &&
  a.y < b.y + b.height &&
  b.y < a.y + a.height

async function boxesOf(items: Locator): Promise<Box[]> {
  const boxes: Box[] = []
  for (const item of await items.all()) {
    const box = await item.boundingBox()
    if (box) boxes.push(box)
  }
  return boxes
}

/** Draws a deferred chart by scrolling to it. */
async function drawn(figure: Locator): Promise<Locator> {
  await figure.scrollIntoViewIfNeeded()
  const chart = figure.locator('svg').first()
  await expect(chart).toBeVisible()
  return figure
}

const svgText = (figure: Locator, text: RegExp) =>
  figure.locator('svg text').filter({ hasText: text })

async function figuresNamed(page: Page, name: RegExp): Promise<Locator[]> {
  const all = page.getByRole('figure', { name })
  await expect(all.first()).toBeVisible()
  return all.all()
}

for (const width of [360, 390, 768, 1440])
  test(`at ${width} px no two event markers overlap, nor "As of" and "Today"`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/')
    const figures = await figuresNamed(page, TIME_FIGURES)
    expect(figures.length).toBeGreaterThanOrEqual(3)
    let markersSeen = 0
    for (const figure of figures) {
      await drawn(figure)
      const markers = figure.getByRole('button', { name: MARKER })
      await expect(markers.first()).toBeVisible()
      const boxes = await boxesOf(markers)
      markersSeen += boxes.length
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlap(boxes[i]!, boxes[j]!), `markers ${i} and ${j}`).toBe(
            false,
          )
    }
    expect(markersSeen).toBeGreaterThan(0)
    const withLabels = [
      ...figures,
      ...(await figuresNamed(page, /^Rare earths/)),
    ]
    let pairs = 0
    for (const figure of withLabels) {
      await drawn(figure)
      const asOf = await boxesOf(svgText(figure, /^As of$/))
      const today = await boxesOf(svgText(figure, /^Today$/))
      for (const a of asOf)
        for (const t of today) {
          pairs++
          expect(overlap(a, t)).toBe(false)
        }
    }
    expect(pairs).toBeGreaterThan(0)
  })

test('at 390 px every time axis shows at least four date labels', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  const figures = [
    ...(await figuresNamed(page, TIME_FIGURES)),
    ...(await figuresNamed(page, /^Rare earths: export controls/)),
    ...(await figuresNamed(page, /^Tariffs: suspended measures/)),
  ]
  for (const figure of figures) {
    await drawn(figure)
    const ticks = svgText(figure, /^[A-Z][a-z]{2} \d{2}(\d{2})?$/)
    // Waits for the chart to draw; fails when fewer than four labels exist.
    await expect(ticks.nth(3)).toBeVisible()
  }
})

test('a chart is one tab stop; arrow keys move between its markers; Enter opens one', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/')
  const [figure] = await figuresNamed(page, /^Tariffs/)
  await drawn(figure!)
  const markers = figure!.getByRole('button', { name: MARKER })
  // Waits for the chart to draw (at 1440 px the tariff events form > 2 markers).
  await expect(markers.nth(2)).toBeVisible()
  const count = await markers.count()
  expect(count).toBeGreaterThan(2)
  // One tab stop: exactly one marker is in the tab order.
  expect(await figure!.locator('[role="button"][tabindex="0"]').count()).toBe(1)
  await markers.first().focus()
  await page.keyboard.press('ArrowRight')
  await expect(markers.nth(1)).toBeFocused()
  await page.keyboard.press('End')
  await expect(markers.nth(count - 1)).toBeFocused()
  await page.keyboard.press('Home')
  await expect(markers.first()).toBeFocused()
  // Enter opens the marker's events; Escape closes them.
  await page.keyboard.press('Enter')
  const events = figure!.getByRole('region', { name: /^Events? \d/ })
  await expect(events).toBeVisible()
  await expect(markers.first()).toHaveAttribute('aria-expanded', 'true')
  await page.keyboard.press('Escape')
  await expect(events).toHaveCount(0)
  // Tab leaves the markers in one step.
  await page.keyboard.press('Tab')
  const stillOnMarker = await page.evaluate(
    () => document.activeElement?.getAttribute('aria-label') ?? '',
  )
  expect(stillOnMarker).not.toMatch(MARKER)
})
