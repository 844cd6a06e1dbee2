/**
 * `npm run bench:profile`: where the main thread's time goes while the built app
 * loads. Serves dist/ (build first), records a CPU profile in headless Chromium,
 * and prints each busy stretch (> 50 ms without an idle sample) with its self
 * time per package or source file, mapped through the build's source maps.
 * Options (environment): PROFILE_DATA (dataset file, default the bundled one),
 * PROFILE_QUERY (e.g. "?from=2016-01-01"), PROFILE_CPU (throttling, default 4),
 * PROFILE_WIDTH (viewport, default 412), PROFILE_WAIT_MS (default 8000).
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { chromium } from '@playwright/test'
import { SourceMapConsumer } from 'source-map-js'

import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium'
import { serveStatic } from './static-server'

const ROOT = resolve(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist')
const env = process.env

interface ProfileNode {
  id: number
  callFrame: {
    functionName: string
    url: string
    lineNumber: number
    columnNumber: number
  }
}

const maps = new Map<string, SourceMapConsumer | null>()
function mapFor(url: string): SourceMapConsumer | null {
  const file = url.split('/').pop() ?? ''
  if (!file.endsWith('.js')) return null
  if (!maps.has(file)) {
    try {
      const raw = readFileSync(join(DIST, 'assets', `${file}.map`), 'utf8')
      maps.set(file, new SourceMapConsumer(JSON.parse(raw) as never))
    } catch {
      maps.set(file, null)
    }
  }
  return maps.get(file) ?? null
}

/** A package name (node_modules) or a source path (ours), else the native bucket. */
function bucketOf(node: ProfileNode): string {
  const f = node.callFrame
  if (f.url === '') return f.functionName || '(native)'
  const position = mapFor(f.url)?.originalPositionFor({
    line: f.lineNumber + 1,
    column: f.columnNumber,
  })
  const source = position?.source ?? f.url
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)
  if (pkg) return pkg[1]!
  const ours = /src\/.*/.exec(source)
  return ours ? ours[0] : source.split('/').pop()!
}

const server = await serveStatic(
  DIST,
  Number(env.PROFILE_PORT ?? 4391),
  env.PROFILE_DATA ?? join(ROOT, 'data/commitments.json'),
)
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROMIUM_ARGS,
})
try {
  const width = Number(env.PROFILE_WIDTH ?? 412)
  const context = await browser.newContext({
    viewport: { width, height: 823 },
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', {
    rate: Number(env.PROFILE_CPU ?? 4),
  })
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  await page.goto(`${server.url}/${env.PROFILE_QUERY ?? ''}`)
  await page.waitForTimeout(Number(env.PROFILE_WAIT_MS ?? 8000))
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: {
      nodes: ProfileNode[]
      samples: number[]
      timeDeltas: number[]
      startTime: number
    }
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  let t = profile.startTime
  const samples = profile.samples.map((id, i) => {
    t += profile.timeDeltas[i] ?? 0
    return { t, node: byId.get(id)! }
  })
  const idle = (n: ProfileNode) =>
    n.callFrame.url === '' &&
    ['(idle)', '(program)'].includes(n.callFrame.functionName)
  const t0 = samples[0]?.t ?? 0
  let start = -1
  samples.forEach((s, i) => {
    if (!idle(s.node)) {
      if (start < 0) start = i
      return
    }
    if (start >= 0 && s.t - samples[start]!.t > 50_000) {
      const by = new Map<string, number>()
      for (let k = start; k < i; k++) {
        const key = bucketOf(samples[k]!.node)
        by.set(key, (by.get(key) ?? 0) + (samples[k + 1]!.t - samples[k]!.t))
      }
      const top = [...by]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([k, us]) => `${k} ${Math.round(us / 1000)}`)
      console.log(
        `@${Math.round((samples[start]!.t - t0) / 1000)} ms, busy ${Math.round((s.t - samples[start]!.t) / 1000)} ms: ${top.join(', ')}`,
      )
    }
    start = -1
  })
} finally {
  await browser.close()
  await server.close()
}
