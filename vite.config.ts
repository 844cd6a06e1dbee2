import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import react from '@vitejs/plugin-react'
import { type Plugin, defineConfig } from 'vite'
import { configDefaults } from 'vitest/config'

const root = fileURLToPath(new URL('.', import.meta.url))
const dataDir = resolve(root, 'data')

/**
 * Serves the top-level `data/` folder at `/data/` in dev and preview, and emits its
 * JSON files into `dist/data/` on build, so the dataset has one stable, linkable URL
 * and `data/` stays the single source of truth (no copy in `public/`).
 */
function datasetFiles(): Plugin {
  const jsonFiles = () =>
    readdirSync(dataDir).filter((f) => f.endsWith('.json'))
  return {
    name: 'truce-tracker:data',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const name = decodeURIComponent(
          (req.url ?? '/').split('?')[0] ?? '/',
        ).slice(1)
        if (!jsonFiles().includes(name)) {
          if (name.endsWith('.json')) {
            res.statusCode = 404
            res.end('Not found')
            return
          }
          next()
          return
        }
        const file = join(dataDir, name)
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.setHeader('Content-Length', statSync(file).size)
        res.end(readFileSync(file))
      })
    },
    // Start the dataset fetch with the HTML (injected here so Vite does not
    // re-emit the file as a hashed asset).
    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: '/data/commitments.json',
            as: 'fetch',
            type: 'application/json',
            crossorigin: 'anonymous',
          },
          injectTo: 'head',
        },
      ]
    },
    generateBundle() {
      for (const name of jsonFiles())
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(join(dataDir, name)),
        })
    },
  }
}

export default defineConfig({
  plugins: [react(), datasetFiles()],
  resolve: { alias: { '@': resolve(root, 'src') } },
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: [
            'tests/component/**/*.test.tsx',
            'tests/integration/**/*.test.tsx',
            'tests/unit/**/*.test.tsx',
          ],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
  },
})
