/**
 * `npm run bench`: builds Truce Tracker and a bare baseline (bench/baseline: the
 * same stack drawing every point in one Recharts chart), measures both in one
 * run in headless Chromium, and writes bench/results/latest.{json,md}.
 * Speed is measured here, never asserted by timed unit tests.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem, type as osType, release } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

import { type Browser, type Page, chromium } from '@playwright/test'

import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium'
import { generateLargeDataset } from './generate-large'
import { type LighthouseRun, lighthouseApi, lighthouseCli } from './lighthouse'
import { serveStatic } from './static-server'
import { BENCH_TARGETS } from './targets'

const ROOT = resolve(import.meta.dirname, '..')
const WORK = join(ROOT, 'bench/.work')
const OURS_DIST = join(ROOT, 'dist')
const BASE_DIST = join(WORK, 'baseline-dist')
const BUNDLED = join(ROOT, 'data/commitments.json')
const LARGE = join(WORK, 'large.json')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 3)
const LARGE_POINTS = 100_000
/** BENCH_ONLY=first,large,interact,export,lighthouse runs only those parts and writes nothing. */
const SECTIONS = ['first', 'large', 'interact', 'export', 'lighthouse'] as const
type Section = (typeof SECTIONS)[number]
const ONLY = process.env.BENCH_ONLY?.split(',').map((s) => s.trim())
for (const s of ONLY ?? [])
  if (!(SECTIONS as readonly string[]).includes(s))
    throw new Error(
      `BENCH_ONLY: unknown part "${s}" (parts: ${SECTIONS.join(', ')})`,
    )
const selected = (s: Section) => !ONLY || ONLY.includes(s)
/** Ports: BENCH_PORT (default 4301) for ours, +1 for the baseline, +2 for Lighthouse's Chromium. */
const PORT = Number(process.env.BENCH_PORT ?? 4301)

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d

/** A page expression: true once a path matched by `selector` has a drawn shape (`d` longer than a move). */
const CHART_DRAWN = (selector: string) =>
  `[...document.querySelectorAll(${JSON.stringify(selector)})].some((p) => (p.getAttribute('d') || '').length > 10)`

/** A page statement: scroll `selector`'s first match into view (a reader going straight to it). */
const SCROLL_TO = (selector: string | null) =>
  selector
    ? `document.querySelector(${JSON.stringify(selector)})?.scrollIntoView();`
    : ''

/** Injected before any page script: records when the first chart with drawn paths is on screen. */
const FIRST_CHART_PROBE = (selector: string, scrollTo: string | null) => `
  (() => {
    const look = () => {
      // Charts below the fold are drawn when scrolled near.
      ${SCROLL_TO(scrollTo)}
      if (${CHART_DRAWN(selector)}) requestAnimationFrame(() => { window.__firstChart = performance.now() })
      else requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
  })()`

/** What the report needs of each app (the baseline has no interaction or export figures). */
interface Measured {
  bytes: ReturnType<typeof bytesOf>
  firstChartMs: number
  largeDataToChartMs: number
}

interface OursMeasured extends Measured {
  filterToggleOffMs: number
  filterToggleOnMs: number
  rangeChangeMs: number
  rangeRedrawnMs: number
  exportPngMs: number
  exportSvgMs: number
  exportPngMenuOpenMs: number
  exportSvgMenuOpenMs: number
}

/** Everything measured, with the individual runs behind each median. */
interface Measurements {
  ours: Partial<OursMeasured> & Record<string, unknown>
  baseline: Partial<Measured> & Record<string, unknown>
}

/** The measured values, or an error naming the first one missing. */
function complete<T extends object>(
  partial: Partial<T>,
  keys: readonly (keyof T)[],
  name: string,
): T {
  for (const k of keys)
    if (partial[k] === undefined)
      throw new Error(`bench: ${name}.${String(k)} was not measured`)
  return partial as T
}

interface Target {
  name: 'ours' | 'baseline'
  url: string
  dist: string
  chartPath: string
}

async function firstChart(
  browser: Browser,
  t: Target,
  query: string,
  throttle: number,
  /** Scroll this element into view until the chart is drawn (null: leave the page where it opens). */
  scrollTo: string | null = null,
) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  if (throttle > 1)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  await page.addInitScript(FIRST_CHART_PROBE(t.chartPath, scrollTo))
  const assets: string[] = []
  page.on('response', (r) => {
    const type = r.request().resourceType()
    if (type === 'script' || type === 'stylesheet')
      assets.push(new URL(r.url()).pathname)
  })
  await page.goto(`${t.url}/${query}`)
  await page.waitForFunction(
    () =>
      (window as unknown as { __firstChart?: number }).__firstChart !==
      undefined,
    undefined,
    { timeout: 180_000 },
  )
  const result = await page.evaluate(() => {
    const data = performance
      .getEntriesByType('resource')
      .find((e) => e.name.endsWith('/data/commitments.json')) as
      PerformanceResourceTiming | undefined
    return {
      firstChart: (window as unknown as { __firstChart: number }).__firstChart,
      dataReceived: data?.responseEnd ?? NaN,
    }
  })
  await context.close()
  return { ...result, assets: [...new Set(assets)] }
}

function bytesOf(dist: string, paths: readonly string[]) {
  const sum = (ext: string) => {
    const files = paths
      .filter((p) => p.endsWith(ext))
      .map((p) => readFileSync(join(dist, p)))
    return {
      raw: files.reduce((n, f) => n + f.length, 0),
      gzip: files.reduce((n, f) => n + gzipSync(f, { level: 6 }).length, 0),
    }
  }
  return { js: sum('.js'), css: sum('.css') }
}

/**
 * Time from a click until two frames later (the next paint, as INP counts
 * it), and until the first figure's chart is drawn anew (its SVG changed,
 * then painted): the figures follow the controls in a deferred render.
 */
async function interaction(
  page: Page,
  action: string,
): Promise<{ nextPaintMs: number; redrawnMs: number }> {
  // The page code is a string run by new Function: tsx would wrap named
  // helpers of a function in __name, which the page lacks.
  return page.evaluate(
    (code) =>
      new Function(code)() as Promise<{
        nextPaintMs: number
        redrawnMs: number
      }>,
    `return (async () => {
    const svgOf = () =>
      [...document.querySelectorAll('figure svg')].find((svg) =>
        svg.querySelector('path'),
      )?.outerHTML ?? ''
    const twoFrames = () =>
      new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    const before = svgOf()
    const t0 = performance.now();
    ${action};
    await twoFrames()
    const nextPaintMs = performance.now() - t0
    while (svgOf() === before && performance.now() - t0 < 5000)
      await new Promise((r) => requestAnimationFrame(r))
    await twoFrames()
    return { nextPaintMs, redrawnMs: performance.now() - t0 }
  })()`,
  )
}

const clickLabel = (text: string) =>
  `[...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(text)}).querySelector('input').click()`
const clickButton = (text: string) =>
  `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(text)}).click()`

/** How long the page is left after scrolling to the figure, before its Export button is clicked. */
const SCROLL_SETTLE_MS = 1500

/**
 * Click → "Downloaded", each run on a fresh page (nothing cached). `menuOpenMs`
 * is how long the Export menu is open before the click: 0 is the whole
 * pipeline from nothing; a person takes a moment to reach the button, during
 * which the app prepares the image.
 */
async function exportTime(
  browser: Browser,
  url: string,
  button: 'Download PNG' | 'Download SVG',
  menuOpenMs: number,
): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    })
    const page = await context.newPage()
    await page.goto(`${url}/?commodities=soybeans`)
    await page.waitForSelector('figure svg path')
    const exportButton = page
      .getByRole('figure')
      .first()
      .getByRole('button', { name: 'Export' })
    // The reader scrolls to the figure first. Scrolled by the click itself, the
    // page drew the next figure (~100 ms, now within a screen) in the middle
    // of the export: that is the scroll's cost, not the export's.
    await exportButton.scrollIntoViewIfNeeded()
    await page.waitForTimeout(SCROLL_SETTLE_MS)
    await exportButton.click()
    await page.waitForTimeout(menuOpenMs)
    // A string expression, not a function: tsx wraps named helpers in __name(), unknown in the page.
    const ms = await page.evaluate(`new Promise((done) => {
      const figure = document.querySelector('figure')
      const status = figure.querySelector('[role="status"]')
      status.textContent = ''
      const btn = [...figure.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(button)})
      const t0 = performance.now()
      btn.click()
      const check = () => (status.textContent.startsWith('Downloaded') ? done(performance.now() - t0) : requestAnimationFrame(check))
      requestAnimationFrame(check)
    })`)
    times.push(Number(ms))
    await context.close()
  }
  return times
}

function build() {
  console.log('building the app and the baseline…')
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  })
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      '--logLevel',
      'error',
      '--config',
      'bench/baseline/vite.config.ts',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  )
}

async function main() {
  mkdirSync(WORK, { recursive: true })
  // BENCH_NO_BUILD=1 reuses dist/ and the baseline build (for quick partial runs).
  if (!process.env.BENCH_NO_BUILD) build()
  writeFileSync(LARGE, JSON.stringify(generateLargeDataset(LARGE_POINTS)))

  const chromePath = findChromium()
  const oursServer = await serveStatic(OURS_DIST, PORT, BUNDLED)
  const baseServer = await serveStatic(BASE_DIST, PORT + 1, BUNDLED)
  const targets: Target[] = [
    {
      name: 'ours',
      url: oursServer.url,
      dist: OURS_DIST,
      chartPath: 'figure svg path',
    },
    {
      name: 'baseline',
      url: baseServer.url,
      dist: BASE_DIST,
      chartPath: '[data-bench-chart] svg path',
    },
  ]
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: CHROMIUM_ARGS,
  })
  const out: Measurements = { ours: {}, baseline: {} }
  try {
    for (const t of selected('first') ? targets : []) {
      console.log(
        `${t.name}: time to first chart on the bundled dataset (4× CPU throttling, ${RUNS} cold runs)…`,
      )
      const samples = []
      for (let i = 0; i < RUNS; i++)
        samples.push(await firstChart(browser, t, '', 4))
      Object.assign(out[t.name], {
        bytes: bytesOf(t.dist, samples[0]!.assets),
        firstChartMs: round(median(samples.map((r) => r.firstChart))),
        firstChartRunsMs: samples.map((r) => round(r.firstChart)),
      })
      console.log('  ', JSON.stringify(out[t.name]))
    }
    oursServer.setDataset(LARGE)
    baseServer.setDataset(LARGE)
    for (const t of selected('large') ? targets : []) {
      console.log(
        `${t.name}: ${LARGE_POINTS} points, data received → first chart (${LARGE_RUNS} cold runs, no throttling)…`,
      )
      const samples = []
      const query = t.name === 'ours' ? '?from=2016-01-01&to=2026-12-31' : ''
      for (let i = 0; i < LARGE_RUNS; i++)
        samples.push(
          await firstChart(
            browser,
            t,
            query,
            1,
            // The synthetic dataset's "At a glance" cards fill the first screen; the baseline has none.
            t.name === 'ours' ? 'figure' : null,
          ),
        )
      Object.assign(out[t.name], {
        largeDataToChartMs: round(
          median(samples.map((r) => r.firstChart - r.dataReceived)),
        ),
        largeDataToChartRunsMs: samples.map((r) =>
          round(r.firstChart - r.dataReceived),
        ),
      })
    }
    if (selected('interact')) {
      console.log(
        'ours: filter toggle and range change latency on the large dataset…',
      )
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
      })
      const page = await context.newPage()
      // Measure with a chart on screen (drawn), not only the cards above it.
      await page.addInitScript(FIRST_CHART_PROBE('figure svg path', 'figure'))
      await page.goto(`${oursServer.url}/?from=2016-01-01&to=2026-12-31`)
      await page.waitForFunction(
        () =>
          (window as unknown as { __firstChart?: number }).__firstChart !==
          undefined,
        undefined,
        { timeout: 60_000 },
      )
      const toggleOff: number[] = []
      const toggleOn: number[] = []
      const range: { nextPaintMs: number; redrawnMs: number }[] = []
      const paintOf = async (action: string) =>
        (await interaction(page, action)).nextPaintMs
      for (let i = 0; i < RUNS; i++) {
        toggleOff.push(await paintOf(clickLabel('Tariffs')))
        toggleOn.push(await paintOf(clickLabel('Tariffs')))
        range.push(await interaction(page, clickButton('2025 escalation')))
        range.push(await interaction(page, clickButton('Trade war 2018–')))
      }
      Object.assign(out.ours, {
        filterToggleOffMs: round(median(toggleOff)),
        filterToggleOnMs: round(median(toggleOn)),
        rangeChangeMs: round(median(range.map((r) => r.nextPaintMs))),
        rangeRedrawnMs: round(median(range.map((r) => r.redrawnMs))),
        rangeRuns: range,
      })
      await context.close()
    }
    oursServer.setDataset(BUNDLED)
    if (selected('export')) {
      console.log('ours: export time on the bundled dataset…')
      const url = oursServer.url
      const png = await exportTime(browser, url, 'Download PNG', 0)
      const svg = await exportTime(browser, url, 'Download SVG', 0)
      const pngOpen = await exportTime(browser, url, 'Download PNG', 1000)
      const svgOpen = await exportTime(browser, url, 'Download SVG', 1000)
      Object.assign(out.ours, {
        exportPngMs: round(median(png)),
        exportPngRunsMs: png.map((x) => round(x)),
        exportSvgMs: round(median(svg)),
        exportSvgRunsMs: svg.map((x) => round(x)),
        exportPngMenuOpenMs: round(median(pngOpen)),
        exportPngMenuOpenRunsMs: pngOpen.map((x) => round(x)),
        exportSvgMenuOpenMs: round(median(svgOpen)),
        exportSvgMenuOpenRunsMs: svgOpen.map((x) => round(x)),
      })
    }
  } finally {
    await browser.close()
  }
  const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3)
  const lhUrl = `${oursServer.url}/`
  const lh: Record<'api' | 'cli', LighthouseRun[]> = { api: [], cli: [] }
  if (selected('lighthouse')) {
    console.log(
      `ours: Lighthouse, Node API in the bench's Chromium (${LH_RUNS} runs)…`,
    )
    lh.api = await lighthouseApi(
      chromePath,
      lhUrl,
      LH_RUNS,
      PORT + 2,
      join(WORK, 'lh-profile'),
    )
    console.log(
      `ours: Lighthouse CLI, default mobile settings (${LH_RUNS} runs)…`,
    )
    lh.cli = await lighthouseCli(chromePath, lhUrl, LH_RUNS, WORK)
  }
  await oursServer.close()
  await baseServer.close()
  if (ONLY) {
    console.log(JSON.stringify({ ...out, lighthouseRuns: lh }, null, 2))
    console.log('BENCH_ONLY is set: bench/results/ left unchanged.')
    return
  }
  const measured = ['bytes', 'firstChartMs', 'largeDataToChartMs'] as const
  const ours = complete<OursMeasured>(
    out.ours,
    [
      ...measured,
      'filterToggleOffMs',
      'filterToggleOnMs',
      'rangeChangeMs',
      'rangeRedrawnMs',
      'exportPngMs',
      'exportSvgMs',
      'exportPngMenuOpenMs',
      'exportSvgMenuOpenMs',
    ],
    'ours',
  )
  const base = complete<Measured>(out.baseline, measured, 'baseline')
  const lhMedian = (runs: readonly LighthouseRun[]) => ({
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    bestPractices: median(runs.map((r) => r.bestPractices)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
  })
  const lighthouseMedian = { api: lhMedian(lh.api), cli: lhMedian(lh.cli) }
  const chromiumVersion = execFileSync(chromePath, ['--version'], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop()
  const result = {
    date: new Date().toISOString(),
    machine: {
      os: `${osType()} ${release()}`,
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: chromiumVersion,
    },
    settings: {
      runs: RUNS,
      largeRuns: LARGE_RUNS,
      largePoints: LARGE_POINTS,
      throttling: '4× CPU for time to first chart',
      gzipLevel: 6,
    },
    ours: { ...ours, lighthouse: lighthouseMedian, lighthouseRuns: lh },
    baseline: base,
    ratios: {
      initialJsGzip: round(ours.bytes.js.gzip / base.bytes.js.gzip, 3),
      firstChart: round(ours.firstChartMs / base.firstChartMs, 3),
      largeDataToChartSpeedup: round(
        base.largeDataToChartMs / ours.largeDataToChartMs,
        1,
      ),
    },
  }
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
  writeFileSync(
    join(ROOT, 'bench/results/latest.json'),
    `${JSON.stringify(result, null, 2)}\n`,
  )
  const kb = (n: number) => `${round(n / 1024)} KiB`
  const target = (ok: boolean) => (ok ? 'met' : '**not met**')
  const T = BENCH_TARGETS
  const md = `# Benchmark — ${result.date.slice(0, 10)}

Machine: ${result.machine.os}, ${result.machine.cores} × ${result.machine.cpu}, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}, ${result.machine.chromium}.
Medians of ${RUNS} cold runs (large dataset: ${LARGE_RUNS}); baseline = bench/baseline (same stack, one Recharts chart of every point, no optimisation).

| measure | ours | baseline | ours / baseline | target |
| --- | --- | --- | --- | --- |
| initial JS, raw / gzip | ${kb(ours.bytes.js.raw)} / ${kb(ours.bytes.js.gzip)} | ${kb(base.bytes.js.raw)} / ${kb(base.bytes.js.gzip)} | ${result.ratios.initialJsGzip} (gzip) | ≤ ${T.initialJsGzipRatio}: ${target(result.ratios.initialJsGzip <= T.initialJsGzipRatio)} |
| initial CSS, raw / gzip | ${kb(ours.bytes.css.raw)} / ${kb(ours.bytes.css.gzip)} | ${kb(base.bytes.css.raw)} / ${kb(base.bytes.css.gzip)} | | |
| time to first chart, bundled dataset, 4× CPU | ${ours.firstChartMs} ms | ${base.firstChartMs} ms | ${result.ratios.firstChart} | ≤ ${T.firstChartRatio}: ${target(result.ratios.firstChart <= T.firstChartRatio)} |
| ${LARGE_POINTS.toLocaleString('en')} points: data received → first chart | ${ours.largeDataToChartMs} ms | ${base.largeDataToChartMs} ms | ${result.ratios.largeDataToChartSpeedup}× faster | ≥ ${T.largeDataToChartSpeedup}×: ${target(result.ratios.largeDataToChartSpeedup >= T.largeDataToChartSpeedup)} |
| filter toggle (hide / show Tariffs), large dataset | ${ours.filterToggleOffMs} / ${ours.filterToggleOnMs} ms | — | | < ${T.interactionMs} ms: ${target(ours.filterToggleOffMs < T.interactionMs && ours.filterToggleOnMs < T.interactionMs)} |
| date-range change, large dataset: click → next paint (controls) | ${ours.rangeChangeMs} ms | — | | < ${T.interactionMs} ms: ${target(ours.rangeChangeMs < T.interactionMs)} |
| date-range change, large dataset: click → first chart redrawn | ${ours.rangeRedrawnMs} ms | — | | (reported) |
| PNG export at 2×, click → downloaded: menu opened 1 s before / clicked at once (nothing prepared; figure scrolled into view 1.5 s before) | ${ours.exportPngMenuOpenMs} / ${ours.exportPngMs} ms | — | | < ${T.exportPngMs} ms: ${target(ours.exportPngMenuOpenMs < T.exportPngMs)} / ${target(ours.exportPngMs < T.exportPngMs)} |
| SVG export, click → downloaded: menu opened 1 s before / clicked at once | ${ours.exportSvgMenuOpenMs} / ${ours.exportSvgMs} ms | — | | < ${T.exportSvgMs} ms: ${target(ours.exportSvgMenuOpenMs < T.exportSvgMs)} / ${target(ours.exportSvgMs < T.exportSvgMs)} |
${(['cli', 'api'] as const)
  .map((k) => {
    const m = lighthouseMedian[k]
    const L = T.lighthouse
    const name =
      k === 'cli'
        ? 'Lighthouse CLI, default mobile settings'
        : "Lighthouse Node API, bench's Chromium"
    return `| ${name}: performance / accessibility / best practices (median of ${LH_RUNS}) | ${m.performance} / ${m.accessibility} / ${m.bestPractices} | — | | ≥ ${L.performance} / ${L.accessibility} / ${L.bestPractices}: ${target(m.performance >= L.performance && m.accessibility >= L.accessibility && m.bestPractices >= L.bestPractices)} |
| ${name}: LCP / TBT | ${m.lcpMs} / ${m.tbtMs} ms | — | | |`
  })
  .join('\n')}

Lighthouse audits below full score (accessibility, best practices): ${[...new Set([...lh.api, ...lh.cli].flatMap((r) => r.failing))].join(', ') || 'none'}.
`
  writeFileSync(join(ROOT, 'bench/results/latest.md'), md)
  console.log(md)
}

await main()
