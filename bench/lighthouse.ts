/**
 * Lighthouse for `npm run bench`, in two configurations run side by side:
 * - `api`: Lighthouse's Node API driving the bench's own Chromium (the
 *   configuration the bench has always reported);
 * - `cli`: the Lighthouse CLI exactly as a person runs it with its default
 *   mobile settings (simulated slow 4G, 4× CPU, Moto G Power screen), Chrome
 *   launched by Lighthouse itself, only the flags this sandbox needs.
 * Both load the production build from bench/static-server.ts, which gzips.
 */
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

import lighthouse, { type RunnerResult } from 'lighthouse'

import { CHROMIUM_ARGS } from '../scripts/chromium'

type Lhr = RunnerResult['lhr']

export interface LighthouseRun {
  performance: number
  accessibility: number
  bestPractices: number
  lcpMs: number
  tbtMs: number
  /** Audits below full score in accessibility and best practices. */
  failing: string[]
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices']

function summarise(lhr: Lhr): LighthouseRun {
  const score = (id: string) =>
    Math.round((lhr.categories[id]?.score ?? 0) * 100)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: Math.round(
      lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    ),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
    failing: ['accessibility', 'best-practices'].flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id),
    ),
  }
}

/** The `api` configuration: `runs` runs against `url` in one Chromium on `port`. */
export async function lighthouseApi(
  chromePath: string,
  url: string,
  runs: number,
  port: number,
  profileDir: string,
): Promise<LighthouseRun[]> {
  const proc = spawn(
    chromePath,
    [
      '--headless',
      `--remote-debugging-port=${port}`,
      ...CHROMIUM_ARGS,
      `--user-data-dir=${profileDir}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  )
  try {
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}/json/version`)
        break
      } catch {
        await new Promise((r) => setTimeout(r, 200))
      }
    }
    const results: LighthouseRun[] = []
    for (let i = 0; i < runs; i++) {
      const r = await lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      })
      if (!r) throw new Error('bench: Lighthouse (api) returned no result')
      results.push(summarise(r.lhr))
    }
    return results
  } finally {
    proc.kill()
  }
}

const CLI = resolve(
  import.meta.dirname,
  '../node_modules/lighthouse/cli/index.js',
)

/**
 * One run of the Lighthouse CLI with its defaults (mobile), as `npx lighthouse <url>` would.
 * Its Chrome profiles go to `tmpDir` (TMPDIR), a folder of their own.
 */
function cliRun(chromePath: string, url: string, tmpDir: string) {
  const chromeFlags = ['--headless', ...CHROMIUM_ARGS].join(' ')
  return new Promise<Lhr>((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        CLI,
        url,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${chromeFlags}`,
      ],
      {
        env: { ...process.env, CHROME_PATH: chromePath, TMPDIR: tmpDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', fail)
    child.on('close', (code) => {
      if (code !== 0)
        return fail(
          new Error(`bench: lighthouse CLI exited ${code}: ${err.slice(-500)}`),
        )
      try {
        done(JSON.parse(out) as Lhr)
      } catch (error) {
        fail(error)
      }
    })
  })
}

/** The `cli` configuration: `runs` separate CLI runs (each launches its own Chrome). */
export async function lighthouseCli(
  chromePath: string,
  url: string,
  runs: number,
  workDir: string,
): Promise<LighthouseRun[]> {
  const tmpDir = join(workDir, 'lh-cli-tmp')
  mkdirSync(tmpDir, { recursive: true })
  const results: LighthouseRun[] = []
  for (let i = 0; i < runs; i++)
    results.push(summarise(await cliRun(chromePath, url, tmpDir)))
  return results
}
