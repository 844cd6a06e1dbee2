import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'

import {
  type Download,
  type Locator,
  type Page,
  expect,
  test,
} from '@playwright/test'

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-29T10:00:00Z'))
})

/** Decodes an 8-bit RGB(A) PNG (what canvas.toBlob writes) into width, height and pixels. */
function decodePng(buffer: Buffer): {
  width: number
  height: number
  channels: number
  pixels: Buffer
} {
  expect(buffer.subarray(1, 4).toString('latin1')).toBe('PNG')
  let offset = 8
  let width = 0
  let height = 0
  let channels = 4
  const idat: Buffer[] = []
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset)
    const type = buffer.subarray(offset + 4, offset + 8).toString('latin1')
    const data = buffer.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      channels = data[9] === 6 ? 4 : 3
    }
    if (type === 'IDAT') idat.push(data)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const pixels = Buffer.alloc(height * stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[y * stride + x - channels]! : 0
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0
      const upLeft =
        y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels]! : 0
      const p = left + up - upLeft
      const pa = Math.abs(p - left)
      const pb = Math.abs(p - up)
      const pc = Math.abs(p - upLeft)
      const paeth = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter]!
      pixels[y * stride + x] = (line[x]! + predictor) & 0xff
    }
  }
  return { width, height, channels, pixels }
}

/** How many pixels are within 40 of a colour (per channel). */
function countColour(png: ReturnType<typeof decodePng>, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  let n = 0
  for (let i = 0; i < png.pixels.length; i += png.channels)
    if (
      Math.abs(png.pixels[i]! - r!) < 40 &&
      Math.abs(png.pixels[i + 1]! - g!) < 40 &&
      Math.abs(png.pixels[i + 2]! - b!) < 40
    )
      n++
  return n
}

async function exportFrom(
  page: Page,
  figure: Locator,
  button: string,
): Promise<{ download: Download; ms: number }> {
  const toggle = figure.getByRole('button', { name: 'Export' })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true')
    await toggle.click()
  const started = Date.now()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: button }).click(),
  ])
  const ms = Date.now() - started
  return { download, ms }
}

const FIGURES = [
  {
    prefix: 'Tariffs: US on Chinese goods',
    colour: '#0072B2',
    legend: 'Section 301 List 1 ($34B)',
    publisher: 'STR',
  },
  {
    prefix: 'Rare earths: export controls',
    colour: '#B3261E',
    legend: 'Paused',
    publisher: 'ChemRadar',
  },
  {
    prefix: 'Soybeans: China to buy 12 Mt',
    colour: '#0072B2',
    legend: 'USDA-reported US soybean sales to China since the summit',
    publisher: 'Argus',
  },
]

for (const f of FIGURES)
  test(`exports PNG, SVG and CSV from “${f.prefix}”`, async ({
    page,
  }, testInfo) => {
    await page.goto('/')
    const figure = page.getByRole('figure', {
      name: new RegExp(`^${f.prefix}`),
    })
    await expect(figure).toBeVisible()

    const png = await exportFrom(page, figure, 'Download PNG')
    expect(png.download.suggestedFilename()).toMatch(
      /^[a-z0-9-]+_2025-01-01_2026-12-31_asof-2026-06-29\.png$/,
    )
    const image = decodePng(readFileSync((await png.download.path())!))
    expect(image.width).toBeGreaterThanOrEqual(1200 * 2)
    expect(countColour(image, f.colour)).toBeGreaterThan(500)
    await expect(figure.getByRole('status')).toContainText(
      `${image.width} × ${image.height} px`,
    )

    const svg = await exportFrom(page, figure, 'Download SVG')
    expect(svg.download.suggestedFilename()).toMatch(/\.svg$/)
    const svgText = readFileSync((await svg.download.path())!, 'utf8')
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        title: doc.querySelector('svg > title')?.textContent ?? '',
        desc: doc.querySelector('svg > desc')?.textContent ?? '',
        viewBox: doc.documentElement.getAttribute('viewBox'),
        text: [...doc.querySelectorAll('text')]
          .map((t) => t.textContent)
          .join('\n'),
      }
    }, svgText)
    expect(parsed.error).toBeNull()
    expect(parsed.title).toMatch(new RegExp(`^${f.prefix}`))
    expect(parsed.desc.length).toBeGreaterThan(40)
    expect(parsed.viewBox).toMatch(/^0 0 1200 \d+$/)
    expect(parsed.text).toContain(f.prefix)
    expect(parsed.text).toContain(f.legend)
    expect(parsed.text).toContain(f.publisher)
    expect(parsed.text).toContain('Data as of 2026-06-29')
    if (!f.prefix.startsWith('Rare earths'))
      expect(parsed.text).toContain('Events: (1) ')
    expect(svgText).not.toMatch(
      /<foreignObject|<image|xlink:href="http|href="http/,
    )

    const csv = await exportFrom(page, figure, 'Download CSV')
    const lines = readFileSync((await csv.download.path())!, 'utf8')
      .trimEnd()
      .split('\r\n')
    await figure.getByRole('button', { name: 'Show table' }).click()
    await expect(figure.getByRole('table')).toBeVisible()
    const tableRows = await figure
      .getByRole('table')
      .locator('tbody tr')
      .count()
    expect(lines.length - 1).toBe(tableRows)
    expect(lines[0]).toContain('source_urls')

    testInfo.annotations.push({
      type: 'export-ms',
      description: `png ${png.ms} ms (${image.width}×${image.height}); svg ${svg.ms} ms; csv ${csv.ms} ms`,
    })
    console.log(
      `[export] ${f.prefix}: png ${png.ms} ms (${image.width}×${image.height}); svg ${svg.ms} ms; csv ${csv.ms} ms`,
    )
  })

test('the CSV follows the filters: fewer rows for a shorter range', async ({
  page,
}) => {
  await page.goto('/?from=2025-10-01&to=2026-12-31')
  const figure = page.getByRole('figure', {
    name: /^Tariffs: US on Chinese goods/,
  })
  const csv = await exportFrom(page, figure, 'Download CSV')
  expect(csv.download.suggestedFilename()).toBe(
    'tariffs-us-on-china_2025-10-01_2026-12-31_asof-2026-06-29.csv',
  )
  const lines = readFileSync((await csv.download.path())!, 'utf8')
    .trimEnd()
    .split('\r\n')
  await figure.getByRole('button', { name: 'Show table' }).click()
  await expect(figure.getByRole('table')).toBeVisible()
  expect(lines.length - 1).toBe(
    await figure.getByRole('table').locator('tbody tr').count(),
  )
})

test('PNG at 4× and a dark theme export on a dark background', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/?commodities=soybeans')
  const figure = page.getByRole('figure', {
    name: /^Soybeans: China to buy 12 Mt/,
  })
  await figure.getByRole('button', { name: 'Export' }).click()
  await figure.getByRole('radio', { name: '4×' }).check()
  const png = await exportFrom(page, figure, 'Download PNG')
  const image = decodePng(readFileSync((await png.download.path())!))
  // 1200 × height × 16 exceeds the 16.7 MP cap, so the scale is reduced below 4× but stays above 2×.
  expect(image.width).toBeGreaterThan(2400)
  expect(image.width * image.height).toBeLessThanOrEqual(16_777_216)
  expect(countColour(image, '#121417')).toBeGreaterThan(
    (image.width * image.height) / 3,
  )
  console.log(
    `[export] 4x dark: png ${png.ms} ms (${image.width}×${image.height})`,
  )
})

test('Copy image writes a PNG to the clipboard, or downloads it with a message when refused', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/?commodities=rare-earths')
  const figure = page.getByRole('figure', {
    name: /^Rare earths: export controls/,
  })
  await figure.getByRole('button', { name: 'Export' }).click()
  await figure.getByRole('button', { name: 'Copy image' }).click()
  await expect(figure.getByRole('status')).toHaveText(
    /Image copied to the clipboard\.|downloaded .*\.png instead\./,
  )
  const types = await page.evaluate(async () => {
    try {
      const items = await navigator.clipboard.read()
      return items.flatMap((i) => [...i.types])
    } catch {
      return ['unreadable']
    }
  })
  if (
    (await figure.getByRole('status').textContent())?.startsWith('Image copied')
  )
    expect(types).toContain('image/png')
})

test('“Download full dataset (CSV)” has one row per value, deadline, window and event, each with a source URL', async ({
  page,
}) => {
  const data = JSON.parse(readFileSync('data/commitments.json', 'utf8')) as {
    series: { points: unknown[] }[]
    targets: { deadlines: unknown[] }[]
    measures: { windows: unknown[] }[]
    events: unknown[]
  }
  const expected =
    data.series.reduce((n, s) => n + s.points.length, 0) +
    data.targets.reduce((n, t) => n + t.deadlines.length, 0) +
    data.measures.reduce((n, m) => n + m.windows.length, 0) +
    data.events.length
  await page.goto('/')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download full dataset (CSV)' }).click(),
  ])
  expect(download.suggestedFilename()).toBe(
    'truce-tracker_full-dataset_asof-2026-06-29.csv',
  )
  const text = readFileSync((await download.path())!, 'utf8')
  const lines = text.trimEnd().split('\r\n')
  expect(lines[0]).toBe(
    'commodity,series,kind,date,date_precision,end_date,value,unit,status,note,source_publisher,source_url,source_kind',
  )
  // Quoted cells may hold line breaks; count records by their leading commodity instead.
  const records = text
    .trimEnd()
    .split(/\r\n(?=(?:tariffs|rare-earths|soybeans)[ ,])/)
  expect(records.length - 1).toBe(expected)
  expect(records.slice(1).every((r) => /https?:\/\//.test(r))).toBe(true)
})

test('a repeated export reuses the image; a theme change makes a new one', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/?commodities=soybeans')
  const figure = page.getByRole('figure', {
    name: /^Soybeans: China to buy 12 Mt/,
  })
  const first = readFileSync(
    (await (await exportFrom(page, figure, 'Download PNG')).download.path())!,
  )
  const again = readFileSync(
    (await (await exportFrom(page, figure, 'Download PNG')).download.path())!,
  )
  expect(again.equals(first)).toBe(true)
  const light = decodePng(first)
  expect(countColour(light, '#FFFFFF')).toBeGreaterThan(
    (light.width * light.height) / 3,
  )

  await page.emulateMedia({ colorScheme: 'dark' })
  // Let the app pick up the new scheme (a media-query listener, then a render).
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => r(null))),
  )
  const dark = decodePng(
    readFileSync(
      (await (await exportFrom(page, figure, 'Download PNG')).download.path())!,
    ),
  )
  expect(countColour(dark, '#121417')).toBeGreaterThan(
    (dark.width * dark.height) / 3,
  )
  const svg = readFileSync(
    (await (await exportFrom(page, figure, 'Download SVG')).download.path())!,
    'utf8',
  )
  expect(svg).toContain('fill="#121417"')
})
