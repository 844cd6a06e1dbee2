import { type Locator, type Page, expect, test } from '@playwright/test'

import { appLive, drawAllCharts } from './draw-charts'

/** A fixed "today" like the other specs: the today line and countdowns do not move. */
const TODAY = new Date('2026-11-29T10:00:00Z')

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY)
})

/** Event markers by role and name: 'Event 5. …' or '3 events: 5. …'. */
const MARKER = /^(Event \d+\.|\d+ events: )/
/** The hover tooltip's hint (charts/pinnable-frame.tsx). */
const PIN_HINT_TEXT = 'Click, tap or press Enter to pin; Escape to close.'
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

/**
 * Draws a deferred chart by scrolling to it, and waits for it: until then the
 * figure holds a placeholder (text, or an empty svg while the chart code
 * loads), and its legend swatches are svgs too, so "an svg" proves nothing.
 */
async function drawn(figure: Locator): Promise<Locator> {
  await figure.scrollIntoViewIfNeeded()
  await expect(figure.getByText(/drawn in your browser/)).toHaveCount(0)
  await expect(figure.locator('svg text').first()).toBeVisible()
  return figure
}

/** The bundled dataset's as-of date (data/commitments.json). */
const AS_OF = Date.UTC(2026, 5, 29)

/**
 * Waits until the app runs on the test's clock. The prerendered page and the
 * hydrating app draw "today" as the build's date; the app then moves to the
 * real clock, which the freshness line shows: "… N days ago" once the data are
 * over 30 days old (domain/glance/freshness.ts), no line before.
 */
async function onClock(page: Page, today: Date) {
  await appLive(page)
  const days = Math.floor((today.getTime() - AS_OF) / 86_400_000)
  const freshness = page.getByText(/^The data stop at /)
  if (days > 30)
    await expect(freshness).toHaveText(new RegExp(`, ${days} days ago`))
  else await expect(freshness).toHaveCount(0)
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
    await onClock(page, TODAY)
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
    expect(await asOfTodayPairs(page, figures)).toBeGreaterThan(0)
  })

/** Checks that no "As of" label overlaps a "Today" label; returns how many pairs were compared. */
async function asOfTodayPairs(page: Page, figures: Locator[]) {
  const withLabels = [...figures, ...(await figuresNamed(page, /^Rare earths/))]
  let pairs = 0
  for (const figure of withLabels) {
    await drawn(figure)
    const asOf = await boxesOf(svgText(figure, /^As of$/))
    const today = await boxesOf(svgText(figure, /^Today$/))
    for (const a of asOf)
      for (const t of today) {
        pairs++
        expect(overlap(a, t), 'As of and Today').toBe(false)
      }
  }
  return pairs
}

// Three days after the as-of date (29 Jun 2026) the two lines nearly touch:
// the day the labels once read "AsTodaf".
for (const width of [360, 1440])
  test(`at ${width} px, days after the as-of date, "As of" and "Today" do not overlap`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    const today = new Date('2026-07-02T10:00:00Z')
    await page.clock.setFixedTime(today)
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/')
    await onClock(page, today)
    const figures = await figuresNamed(page, TIME_FIGURES)
    expect(await asOfTodayPairs(page, figures)).toBeGreaterThan(2)
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

for (const [width, path, names] of [
  [360, '/', [/^Rare earths: export controls/, /^Tariffs: suspended measures/]],
  [390, '/', [/^Rare earths: export controls/, /^Tariffs: suspended measures/]],
  // Han characters are a full em wide.
  [390, '/zh/', [/^稀土：出口管制/, /^关税：暂停/]],
] as const)
  test(`at ${width} px (${path}) no swimlane label runs into the bars`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 })
    await page.goto(path)
    const figures = []
    for (const name of names) figures.push(...(await figuresNamed(page, name)))
    for (const figure of figures) {
      await drawn(figure)
      await expect(figure.getByRole('img').first()).toBeVisible()
      // Each lane's name (named by aria-label) and, under it, its side and
      // reference: their drawn right edge against the leftmost bar's left.
      const { labels, barsLeft } = await figure.evaluate((el) => {
        const right = (t: Element) => t.getBoundingClientRect().right
        const names = [...el.querySelectorAll('svg text[aria-label]')]
        const labels = names.flatMap((name) => {
          const reference = name.nextElementSibling!
          return [
            { text: name.getAttribute('aria-label')!, right: right(name) },
            { text: reference.textContent!, right: right(reference) },
          ]
        })
        const bars = [...el.querySelectorAll('svg [role="img"]')]
        const barsLeft = Math.min(
          ...bars.map((b) => b.getBoundingClientRect().left),
        )
        return { labels, barsLeft }
      })
      expect(labels.length).toBeGreaterThan(4)
      for (const l of labels)
        expect(
          l.right,
          `"${l.text}" ends at ${l.right}, the bars start at ${barsLeft}`,
        ).toBeLessThanOrEqual(barsLeft)
    }
  })

/** Tab stops drawn in a figure's charts: svg elements (or their children) the Tab key reaches. */
const chartTabStops = (figure: Locator) =>
  figure.evaluate(
    (el) =>
      [...el.querySelectorAll('svg, svg *')].filter(
        (n) => n instanceof SVGElement && n.tabIndex >= 0,
      ).length,
  )

test('every chart, whatever its kind, is exactly one tab stop', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/')
  await expect(page.getByRole('figure').first()).toBeVisible()
  await drawAllCharts(page)
  const figures = await page.getByRole('figure').all()
  const kinds = { time: 0, lanes: 0, bars: 0 }
  for (const figure of figures) {
    const name = (await figure.getAttribute('aria-labelledby')) ?? ''
    const title = await page.locator(`[id="${name}"]`).innerText()
    expect(await chartTabStops(figure), title).toBe(1)
    if (TIME_FIGURES.test(title)) kinds.time++
    else if (/export controls and|suspended measures/.test(title)) kinds.lanes++
    else if (/monthly|annual/i.test(title)) kinds.bars++
  }
  // Every kind of chart was counted.
  expect(kinds.time).toBeGreaterThanOrEqual(3)
  expect(kinds.lanes).toBeGreaterThanOrEqual(1)
  expect(kinds.bars).toBeGreaterThanOrEqual(1)
})

test('a time chart: Left/Right move between dates, Down steps into its markers, Up back; Enter opens a marker', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/')
  const [figure] = await figuresNamed(page, /^Tariffs/)
  await drawn(figure!)
  const surface = figure!.getByRole('application')
  const markers = figure!.getByRole('button', { name: MARKER })
  // Waits for the chart to draw (at 1440 px the tariff events form > 2 markers).
  await expect(markers.nth(2)).toBeVisible()
  const count = await markers.count()
  // No marker is in the tab order; the chart surface is.
  for (const marker of await markers.all())
    await expect(marker).toHaveAttribute('tabindex', '-1')
  await surface.focus()
  await page.keyboard.press('ArrowRight')
  // The tooltip follows the keyboard along the dates.
  await expect(figure!.getByText(PIN_HINT_TEXT)).toBeVisible()
  await page.keyboard.press('ArrowDown')
  const focused = () =>
    page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? '',
    )
  expect(await focused()).toMatch(MARKER)
  await page.keyboard.press('Home')
  await expect(markers.first()).toBeFocused()
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
  await expect(markers.first()).toBeFocused()
  // Up returns to the dates; Tab then leaves the chart in one step.
  await page.keyboard.press('ArrowUp')
  await expect(surface).toBeFocused()
  await page.keyboard.press('Tab')
  expect(await focused()).not.toMatch(MARKER)
  expect(
    await surface.evaluate((svg) => svg.contains(document.activeElement)),
  ).toBe(false)
})
