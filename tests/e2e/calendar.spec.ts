import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { type Page, expect, test } from '@playwright/test'
import ICAL from 'ical.js'

import { watchPageHealth } from './page-health'

const ROOT = resolve(import.meta.dirname, '../..')

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-29T10:00:00Z'))
})

interface RawDataset {
  targets: { deadlines: { id: string }[] }[]
  measures: { id: string; windows: { state: string; start: string }[] }[]
}

function parseEvents(text: string) {
  return new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c))
}

async function downloadCalendar(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', {
        name: 'Add the deadlines to your calendar (.ics)',
      })
      .click(),
  ])
  expect(download.suggestedFilename()).toMatch(/\.ics$/)
  return readFileSync((await download.path())!, 'utf8')
}

test('the .ics download parses and holds every deadline and window, with the build’s UIDs', async ({
  page,
}) => {
  const problems = watchPageHealth(page)
  await page.goto('/')
  const text = await downloadCalendar(page)
  const events = parseEvents(text)
  const uids = events.map((e) => e.uid)
  expect(new Set(uids).size).toBe(uids.length)

  const data = JSON.parse(
    readFileSync(join(ROOT, 'dist/data/commitments.json'), 'utf8'),
  ) as RawDataset
  for (const d of data.targets.flatMap((t) => t.deadlines))
    expect(uids).toContain(`deadline-${d.id}@truce-tracker`)
  for (const m of data.measures)
    for (const w of m.windows)
      expect(uids).toContain(
        `window-${m.id}-${w.state}-${w.start}-start@truce-tracker`,
      )
  for (const e of events) {
    expect(e.startDate.isDate).toBe(true)
    expect(e.summary.length).toBeGreaterThan(0)
    expect(e.description).toContain('The data stop at')
  }

  // The file emitted by the build, for subscribing: the same events.
  const built = readFileSync(join(ROOT, 'dist/deadlines.ics'), 'utf8')
  expect(parseEvents(built).map((e) => e.uid)).toEqual(uids)
  const served = await page.request.get('/deadlines.ics')
  expect(served.headers()['content-type']).toContain('text/calendar')
  expect(await served.text()).toBe(built)
  expect(problems).toEqual([])
})

test('a second generation, in another process, gives the same bytes as the build', () => {
  // Not a second `vite build` (too slow for two shared cores): the build's
  // own generation function run in a fresh Node process on data/.
  const again = execFileSync(
    'npx',
    ['tsx', 'scripts/deadlines-calendar.ts', 'data/commitments.json'],
    { cwd: ROOT, encoding: 'utf8' },
  )
  expect(again).toBe(readFileSync(join(ROOT, 'dist/deadlines.ics'), 'utf8'))
})

test('the download follows the commodity filter', async ({ page }) => {
  await page.goto('/?commodities=soybeans')
  const events = parseEvents(await downloadCalendar(page))
  expect(events.length).toBeGreaterThan(0)
  for (const e of events)
    expect(e.component.getFirstProperty('categories')!.getValues()).toContain(
      'Soybeans',
    )
})
