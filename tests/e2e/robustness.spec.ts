import { readFileSync, writeFileSync } from 'node:fs'

import { type Locator, type Page, expect, test } from '@playwright/test'

import type { CorpusEntry } from '../fixtures/bad/generate'
import { E2E_PORT } from './server-config'

const index = JSON.parse(
  readFileSync('tests/fixtures/bad/index.json', 'utf8'),
) as CorpusEntry[]
const entry = (file: string) => index.find((e) => e.file === file)!

/** Uncaught errors, dialogs (alert() from injected script) and CSP violations must stay empty. */
function watch(page: Page) {
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`))
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text()))
      problems.push(`csp: ${m.text()}`)
  })
  return problems
}

/**
 * Picks a file as a user would: once the file input is enabled, i.e. the
 * prerendered page is hydrated (a file picked before would be lost).
 */
async function pickFile(
  page: Page,
  files: Parameters<Locator['setInputFiles']>[0],
) {
  const input = page.getByLabel('Load your own dataset (JSON file)')
  await expect(input).toBeEnabled()
  await input.setInputFiles(files)
}

async function expectUsable(page: Page) {
  await expect(
    page.getByRole('heading', { level: 1, name: 'Truce Tracker' }),
  ).toBeVisible()
  await expect(
    page.getByLabel('Load your own dataset (JSON file)'),
  ).toBeEnabled()
}

/** One file of each category, rejected or partly dropped. */
const SUBSET = [
  'trailing-comma.json',
  'top-level-array.json',
  'wrong-schema-version.json',
  'string-number.json',
  'unknown-source-id.json',
  'reversed-window.json',
  'observed-after-asof.json',
  'absurd-tariff.json',
]

for (const file of SUBSET)
  test(`?data= ${file}: ${entry(file).breaks} → a precise alert`, async ({
    page,
  }) => {
    const problems = watch(page)
    await page.goto(`/?data=/fixtures/bad/${file}`)
    const alert = page.getByRole('alert').first()
    await expect(alert).toBeVisible()
    await expect(alert).toContainText(entry(file).expect.fragment)
    await expectUsable(page)
    expect(problems).toEqual([])
  })

for (const file of [
  'absurd-tariff.json',
  'html-page.json',
  'negative-tonnes.json',
])
  test(`file picker ${file}: ${entry(file).breaks} → a precise alert, and back to the bundled dataset`, async ({
    page,
  }) => {
    const problems = watch(page)
    await page.goto('/')
    await expect(page.getByText(/^Data as of \d{4}-\d{2}-\d{2}$/)).toBeVisible()
    await pickFile(page, `tests/fixtures/bad/${file}`)
    const alert = page.getByRole('alert').first()
    await expect(alert).toContainText(entry(file).expect.fragment)
    await expect(page.getByText(`local file ${file}`).first()).toBeVisible()
    await page
      .getByRole('button', { name: 'Back to the bundled dataset' })
      .click()
    await expect(
      page.getByRole('figure', { name: /^Tariffs/ }).first(),
    ).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(problems).toEqual([])
  })

test('a valid local file replaces the header’s title, version and as-of', async ({
  page,
}) => {
  await page.goto('/')
  const data = JSON.parse(readFileSync('data/commitments.json', 'utf8'))
  data.meta = {
    ...data.meta,
    title: 'My local copy',
    version: 'local-7',
    asOf: '2026-06-30',
  }
  await pickFile(page, {
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  })
  await expect(
    page.getByText('Data as of 2026-06-30', { exact: true }),
  ).toBeVisible()
  await expect(page.getByText(/My local copy/).first()).toBeVisible()
  await expect(page.getByText('vlocal-7', { exact: true })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('an enormous file is refused before it is read', async ({
  page,
}, testInfo) => {
  // Given as a path, the file is handed to the local browser without sending
  // 17 MB through the DevTools protocol (which takes 13–17 s on a busy machine).
  const huge = testInfo.outputPath('huge.json')
  writeFileSync(huge, Buffer.alloc(17 * 1024 * 1024, 0x20))
  await page.goto('/')
  await pickFile(page, huge)
  await expect(page.getByRole('alert')).toContainText(
    'huge.json is 17.0 MB, over the 16 MB limit',
  )
  await expectUsable(page)
})

test('hostile strings render as text everywhere and run nothing', async ({
  page,
}) => {
  const problems = watch(page)
  await page.goto(
    '/?data=/fixtures/bad/hostile-markup.json&commodities=tariffs',
  )
  await expect(
    page
      .getByText('Dataset <img src=x onerror="window.__pwned=1">', {
        exact: false,
      })
      .first(),
  ).toBeVisible()
  const figure = page.getByRole('figure', { name: /^Tariffs: US/ })
  await figure.getByRole('button', { name: 'Show table' }).click()
  await expect(figure.getByRole('table')).toContainText(
    '<b onmouseover="x()">note</b>',
  )
  await expect(
    page.locator('img[src="x"], svg[onload], b[onmouseover]'),
  ).toHaveCount(0)
  expect(
    await page.evaluate(
      () => (window as unknown as { __pwned?: number }).__pwned,
    ),
  ).toBeUndefined()
  // The exported SVG escapes them too.
  await figure.getByRole('button', { name: 'Export' }).click()
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Download SVG' }).click(),
  ])
  const text = readFileSync((await svg.path())!, 'utf8')
  expect(text).toContain(
    'Fentanyl &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;',
  )
  expect(text).not.toContain('<img')
  expect(problems).toEqual([])
})

test('javascript: and data: source URLs are shown as text, never as links', async ({
  page,
}) => {
  await page.goto('/?data=/fixtures/bad/hostile-urls.json')
  await page.getByRole('button', { name: /^Show all \d+ sources$/ }).click()
  const sources = page.getByRole('region', { name: /^Sources/ })
  await expect(sources).toContainText('javascript:alert(document.cookie)')
  await expect(
    page.locator('a[href^="javascript:"], a[href^="data:"]'),
  ).toHaveCount(0)
})

const FAULTS = [
  {
    fault: '404',
    title: 'The dataset server returned an error',
    text: 'answered 404',
  },
  {
    fault: '500',
    title: 'The dataset server returned an error',
    text: 'answered 500',
  },
  {
    fault: 'html',
    title: 'That URL is not a JSON dataset',
    text: 'sent text/html instead of JSON',
  },
  { fault: 'reset', title: 'The dataset could not be reached', text: 'CORS' },
]

for (const f of FAULTS)
  test(`network fault ${f.fault}: a specific message and a working Retry`, async ({
    page,
  }) => {
    const problems = watch(page)
    let requests = 0
    page.on('request', (r) => {
      if (r.url().includes(`/faults/${f.fault}`)) requests++
    })
    await page.goto(`/?data=/faults/${f.fault}`)
    const alert = page.getByRole('alert')
    await expect(alert).toContainText(f.title)
    await expect(alert).toContainText(f.text)
    const before = requests
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect.poll(() => requests).toBeGreaterThan(before)
    await expect(page.getByRole('alert')).toContainText(f.text)
    await expect(
      alert.getByRole('link', { name: 'Use the bundled dataset' }),
    ).toBeVisible()
    await expectUsable(page)
    expect(problems.filter((p) => !p.startsWith('csp'))).toEqual([])
  })

test('network fault CORS: a dataset on another origin without CORS headers', async ({
  page,
}) => {
  await page.goto(
    `/?data=${encodeURIComponent(`http://localhost:${E2E_PORT}/data/commitments.json`)}`,
  )
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The dataset could not be reached')
  await expect(alert).toContainText(
    'does not allow this site to read it (CORS)',
  )
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible()
})

test('network fault timeout: gives up after 15 s with a Retry', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await page.goto('/?data=/faults/slow')
  await expect(page.getByRole('status')).toContainText('Loading')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The dataset took too long to load', {
    timeout: 40_000,
  })
  await expect(alert).toContainText('did not answer within 15 s')
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible()
})
