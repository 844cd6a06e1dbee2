import { expect, test } from '@playwright/test'

import { watchPageHealth } from './page-health'

test('loads the bundled dataset with no console errors and no failed requests', async ({
  page,
}) => {
  const problems = watchPageHealth(page)
  await page.goto('/')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Truce Tracker' }),
  ).toBeVisible()
  await expect(page.getByText(/^Data as of \d{4}-\d{2}-\d{2}$/)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sources' })).toHaveAttribute(
    'href',
    '#sources',
  )
  await expect(page.getByRole('region', { name: /^Sources/ })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(problems).toEqual([])
})

test('a malformed ?data= file shows an alert naming the JSON path, and the page stays usable', async ({
  page,
}) => {
  const uncaught: string[] = []
  page.on('pageerror', (error) => uncaught.push(error.message))
  await page.goto('/?data=/fixtures/bad/meta-asof-not-iso.json')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The dataset has problems')
  await expect(alert).toContainText(
    'meta.asOf: expected an ISO date (YYYY-MM-DD)',
  )
  await expect(
    page.getByRole('heading', { level: 1, name: 'Truce Tracker' }),
  ).toBeVisible()
  await alert.getByRole('link', { name: 'Use the bundled dataset' }).click()
  await expect(page.getByText(/^Data as of \d{4}-\d{2}-\d{2}$/)).toBeVisible()
  expect(new URL(page.url()).searchParams.has('data')).toBe(false)
  expect(uncaught).toEqual([])
})
