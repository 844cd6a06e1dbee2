import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

/** Lighthouse's mobile viewport. */
test.use({ viewport: { width: 412, height: 823 } })

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-29T10:00:00Z'))
})

test('every pointer target is at least 24 × 24 CSS px or spaced like one (WCAG 2.5.8)', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('figure').first()).toBeVisible()
  const results = await new AxeBuilder({ page })
    .withRules(['target-size'])
    .analyze()
  expect(
    results.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`),
    ),
  ).toEqual([])

  // The series disclosures ("Tariff layers (9 of 15 shown)" …: the targets
  // Lighthouse flagged, right below the Export button) and every checkbox's
  // label, measured directly. Other summaries pass by spacing.
  const summaries = page.locator('details > summary', {
    hasText: / \(\d+ of \d+ shown\)$/,
  })
  expect(await summaries.count()).toBeGreaterThan(0)
  for (const box of await Promise.all(
    (await summaries.all()).map((s) => s.boundingBox()),
  ))
    expect(box!.height).toBeGreaterThanOrEqual(24)
  const labels = page.locator('label:has(input[type="checkbox"])')
  expect(await labels.count()).toBeGreaterThan(0)
  for (const label of await labels.all()) {
    if (!(await label.isVisible())) continue
    const box = (await label.boundingBox())!
    expect(box.height).toBeGreaterThanOrEqual(24)
    expect(box.width).toBeGreaterThanOrEqual(24)
  }
})

test('every form field has an id or a name (no DevTools form issue)', async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page)
  const issues: string[] = []
  cdp.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code === 'GenericIssue')
      issues.push(JSON.stringify(issue.details.genericIssueDetails))
  })
  await cdp.send('Audits.enable')
  await page.goto('/')
  await expect(page.getByRole('figure').first()).toBeVisible()
  const unnamed = await page
    .locator('input:not([id]):not([name]), select:not([id]):not([name])')
    .evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 80)))
  expect(unnamed).toEqual([])
  expect(issues).toEqual([])
})

test('loading and exporting break no Content-Security-Policy rule', async ({
  page,
}) => {
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (v: string) =>
    violations.push(v),
  )
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (
        window as unknown as { reportViolation: (v: string) => void }
      ).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  )
  await page.goto('/?commodities=soybeans')
  const figure = page.getByRole('figure').first()
  await figure.getByRole('button', { name: 'Export' }).click()
  for (const button of ['Download PNG', 'Download SVG']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: button }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.(png|svg)$/)
  }
  // Includes zod's `new Function('')` probe, switched off in data/schema.ts.
  expect(violations).toEqual([])
})
