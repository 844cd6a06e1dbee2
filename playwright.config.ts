import { defineConfig } from '@playwright/test'

import {
  CHROMIUM_ARGS,
  CHROMIUM_INSTALL_HINT,
  findChromium,
} from './scripts/chromium'
import { E2E_PORT } from './tests/e2e/server-config'

let executablePath: string
try {
  executablePath = findChromium()
} catch {
  // One line, then stop: e2e is never skipped silently.
  console.error(CHROMIUM_INSTALL_HINT)
  process.exit(1)
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
    // The offline worker would answer requests that tests route or fault:
    // only tests/e2e/offline.spec.ts lets it run.
    serviceWorkers: 'block',
  },
  webServer: {
    command: 'npx tsx tests/e2e/serve.ts',
    url: `http://127.0.0.1:${E2E_PORT}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
