/**
 * Renders the app icons (public/icons/*.png) from public/favicon.svg with
 * Debian's Chromium, for the web app manifest. Run after changing the SVG:
 *
 *   npx tsx scripts/make-icons.ts
 *
 * The maskable icon keeps the mark inside the central 80 % safe zone on the
 * icon's own colour, as Android crops it to a circle or squircle.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { chromium } from '@playwright/test'

import { CHROMIUM_ARGS, findChromium } from './chromium'

const ROOT = resolve(import.meta.dirname, '..')
const svg = readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8')
const BLUE = '#0b5cad'

const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
]

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
})
try {
  for (const { file, size, maskable } of ICONS) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
    })
    const inner = maskable ? Math.round(size * 0.8) : size
    const markup = svg.replace(
      '<svg ',
      `<svg width="${inner}" height="${inner}" `,
    )
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;height:100%;background:${maskable ? BLUE : 'transparent'};display:grid;place-items:center}</style>${markup}`,
    )
    await page.screenshot({
      path: join(ROOT, 'public/icons', file),
      omitBackground: !maskable,
    })
    await page.close()
  }
} finally {
  await browser.close()
}
