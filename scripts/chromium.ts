/** Finds Debian's Chromium for Playwright and the benchmark; never downloads a browser. */
import { existsSync } from 'node:fs'

export const CHROMIUM_INSTALL_HINT =
  'Chromium not found: run `apt-get update && apt-get install -y chromium` (or set CHROME_PATH to a Chromium binary), then retry.'

/** Flags that keep headless Chromium off the (closed) network and quiet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.CHROME_PATH, '/usr/bin/chromium'].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  )
  const found = candidates.find((p) => existsSync(p))
  if (found === undefined) throw new Error(CHROMIUM_INSTALL_HINT)
  return found
}
