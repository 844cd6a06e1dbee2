import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { configDefaults, defineConfig } from 'vitest/config'

const root = fileURLToPath(new URL('.', import.meta.url))

/**
 * The Vitest config Stryker runs (stryker.config.json): only the node unit
 * tests that exercise src/domain and src/data. No jsdom project, no e2e, no
 * contract tests that spawn CLIs and no prerender test: with the default
 * config (vite.config.ts) Stryker's dry run did not finish in 12 minutes on
 * 2 cores (STACK-NOTES, "Measured on this machine").
 */
export default defineConfig({
  resolve: { alias: { '@': resolve(root, 'src') } },
  test: {
    environment: 'node',
    // Instrumented code on 2 shared cores: tests that pass in 1-3 s alone
    // went past the 5 s default in Stryker's dry run.
    testTimeout: 30_000,
    // Test files share one module graph per run: a mutant that needs a
    // fresh environment reruns every test file, and with isolation that
    // cost ~25 s a mutant (the whole suite's imports) on 2 cores.
    isolate: false,
    include: ['tests/unit/domain/**/*.test.ts', 'tests/unit/data/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      // Builds 20k-point datasets to test the bench generator, not src/.
      'tests/unit/data/generate-large.test.ts',
      // fast-check over random datasets (15 s a run here) covers nearly every
      // mutant, so Stryker would rerun it for each one: the score comes from
      // the example-based tests. It still runs in `npm run test:unit`.
      'tests/unit/domain/properties.test.ts',
    ],
  },
})
