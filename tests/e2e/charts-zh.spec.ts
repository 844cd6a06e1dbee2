import { type Locator, expect, test } from '@playwright/test'

/** A fixed "today" like the other specs: the today line does not move. */
const TODAY = new Date('2026-11-29T10:00:00Z')

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY)
})

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
 * A time-axis tick on a narrow plot (360–390 px): '26年1月', then '4月'. The
 * monthly bar charts label each bar '2025年3月' (a period, not a time axis:
 * their labels thin out by bar, as in English), so they are not counted.
 */
const CHINESE_TICK = /^(\d{2}年)?\d{1,2}月$/
const DEFERRED = '图表滚动到可见区域时，将在浏览器中绘制。'

// As English does at 390 px (chart-legibility.spec.ts).
for (const [width, least] of [
  [360, 4],
  [390, 4],
] as const)
  test(`in Chinese at ${width} px every time axis shows at least ${least} Chinese month labels, none overlapping`, async ({
    page,
  }) => {
    // Scrolls through every figure, drawing each: longer than one chart.
    test.setTimeout(120_000)
    await page.setViewportSize({ width, height: 844 })
    await page.goto('/?lang=zh-CN')
    // The prerendered page is English: wait until the Chinese one replaced it.
    await expect(page.locator('html')).toHaveAttribute('lang', /^zh/)
    const figures = page.getByRole('figure')
    await expect(figures.first()).toBeVisible()
    let axes = 0
    for (const figure of await figures.all()) {
      await figure.scrollIntoViewIfNeeded()
      // Time charts and the timeline (bar charts label periods by the view model).
      const ticks = figure.locator('svg text').filter({ hasText: CHINESE_TICK })
      // Drawn: the deferred chart's placeholder has gone.
      await expect(figure.getByText(DEFERRED)).toHaveCount(0)
      if ((await ticks.count()) === 0) continue
      axes++
      await expect(ticks.nth(least - 1)).toBeVisible()
      await expect(
        figure.locator('svg text').filter({ hasText: /^[A-Z][a-z]{2} \d{2}/ }),
      ).toHaveCount(0)
      const boxes = await boxesOf(ticks)
      for (let i = 1; i < boxes.length; i++)
        expect(overlap(boxes[i - 1]!, boxes[i]!)).toBe(false)
      const refs = await boxesOf(
        figure.locator('svg text').filter({ hasText: /^(截至|今日)$/ }),
      )
      if (refs.length === 2) expect(overlap(refs[0]!, refs[1]!)).toBe(false)
    }
    expect(axes).toBeGreaterThanOrEqual(3)
  })
