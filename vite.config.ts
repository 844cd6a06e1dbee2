import {
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import react from '@vitejs/plugin-react'
import { type Plugin, createServer, defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { configDefaults } from 'vitest/config'

import { localeCatalogues } from './scripts/locale-catalogues'
import { fileDigest } from './src/data/file-digest'
import { PWA_OPTIONS } from './scripts/pwa-options'
import type * as CalendarFileModule from './src/calendar-file'
import { LOCALE_META, LOCALES, type Locale } from './src/domain/locale'
import type * as PrerenderModule from './src/prerender'

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

/**
 * Records the digest of the bundled dataset in the production build
 * (src/data/verified-dataset.ts): the prerender step below validates that
 * same file and fails the build on any problem, so the browser need not load
 * the schema library to validate it again. Not in dev or tests, where the
 * file can change under a running server.
 */
function verifiedDatasetDigest(): Plugin {
  return {
    name: 'truce-tracker:verified-dataset',
    apply: 'build',
    config: async () => {
      const digest = await fileDigest(
        readFileSync(join(dataDir, 'commitments.json')),
      )
      if (digest === undefined)
        throw new Error('The build needs Web Crypto (Node.js 20 has it)')
      return {
        define: {
          'import.meta.env.VITE_VERIFIED_DATASET_DIGEST':
            JSON.stringify(digest),
        },
      }
    },
  }
}

/**
 * The entry (src/boot.ts) evaluates the app (src/main.tsx) only after the
 * first paint, through a dynamic import. So that the app's code still
 * downloads from the start, in parallel with the HTML, the build lists the
 * app's chunk and every chunk it imports statically as modulepreload links.
 */
function preloadApp(): Plugin {
  let base = '/'
  return {
    name: 'truce-tracker:preload-app',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return []
        const app = Object.values(bundle).find(
          (c) =>
            c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/main.tsx'),
        )
        if (!app || app.type !== 'chunk')
          throw new Error('preload-app: no chunk for src/main.tsx')
        const files = new Set<string>()
        const visit = (file: string) => {
          const c = bundle[file]
          if (
            files.has(file) ||
            file === entry.fileName ||
            entry.imports.includes(file)
          )
            return
          if (!c || c.type !== 'chunk') return
          files.add(file)
          c.imports.forEach(visit)
        }
        visit(app.fileName)
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: base + file },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}

/** index.html in `locale`: `<html lang>` and `<title>`. */
function localisePage(index: string, locale: Locale, title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return index
    .replace(
      '<html lang="en">',
      `<html lang="${LOCALE_META[locale].htmlLang}">`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${escaped}</title>`)
}

/** Where the prerendered view goes in index.html. */
const ROOT_ELEMENT = '<div id="root"></div>'

/**
 * After the client build, renders the default view on the bundled dataset to
 * HTML (src/prerender.tsx, run through Vite's SSR loader) and writes it into
 * dist/index.html, stamped with the render time that src/main.tsx hydrates
 * with. Text, controls and the space for charts paint before any JavaScript;
 * chart drawings do not, as Recharts 3 draws only after mounting (see
 * README, "Performance"). SOURCE_DATE_EPOCH pins the time for reproducible
 * builds.
 */
function prerenderDefaultView(): Plugin {
  let outDir = 'dist'
  return {
    name: 'truce-tracker:prerender',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async closeBundle() {
      const server = await createServer({
        configFile: false,
        root,
        plugins: [react(), localeCatalogues()],
        resolve: { alias: { '@': resolve(root, 'src') } },
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
        logLevel: 'error',
        optimizeDeps: { noDiscovery: true, include: [] },
      })
      try {
        const { prerenderDefaultView: render } = (await server.ssrLoadModule(
          '/src/prerender.tsx',
        )) as typeof PrerenderModule
        const epoch = Number(process.env.SOURCE_DATE_EPOCH)
        const nowMs = Number.isFinite(epoch) ? epoch * 1000 : Date.now()
        const datasetText = readFileSync(
          join(dataDir, 'commitments.json'),
          'utf8',
        )
        const indexFile = join(outDir, 'index.html')
        const index = readFileSync(indexFile, 'utf8')
        if (!index.includes(ROOT_ELEMENT))
          throw new Error(`prerender: ${ROOT_ELEMENT} not found in index.html`)
        // Embeds (/embed/<figure-id>) start from the page without the dashboard's HTML.
        mkdirSync(join(outDir, 'embed'), { recursive: true })
        writeFileSync(join(outDir, 'embed/index.html'), index)
        // One page per language: `/` in English, `/zh/` in Chinese.
        for (const locale of LOCALES) {
          const { html, fingerprint, title } = render(
            datasetText,
            nowMs,
            locale,
          )
          const file = join(outDir, LOCALE_META[locale].path, 'index.html')
          mkdirSync(dirname(file), { recursive: true })
          writeFileSync(
            file,
            localisePage(index, locale, title).replace(
              ROOT_ELEMENT,
              `<div id="root" data-prerendered-at="${nowMs}" data-prerendered-dataset="${fingerprint}" data-prerendered-locale="${locale}">${html}</div>`,
            ),
          )
        }
        // The full deadlines calendar, for subscribing (README, "Take it with you").
        const { deadlinesCalendarFile } = (await server.ssrLoadModule(
          '/src/calendar-file.ts',
        )) as typeof CalendarFileModule
        writeFileSync(
          join(outDir, 'deadlines.ics'),
          deadlinesCalendarFile(
            readFileSync(join(dataDir, 'commitments.json'), 'utf8'),
          ),
        )
      } finally {
        await server.close()
      }
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    localeCatalogues(),
    datasetFiles(),
    verifiedDatasetDigest(),
    preloadApp(),
    prerenderDefaultView(),
    VitePWA(PWA_OPTIONS),
  ],
  resolve: { alias: { '@': resolve(root, 'src') } },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Modules both the page and its lazy chunks (charts, export)
              // use: one chunk, not six small ones, whose separate gzip
              // streams and import lists cost ~1 KiB more.
              name: 'shared',
              includeDependenciesRecursively: false,
              test: /node_modules[\\/](react|react-dom|@lingui[\\/]core)[\\/]|src[\\/](domain[\\/](format|vocabulary|dates|palette|punctuation|locale|i18n)|charts[\\/](chart-theme|source-refs)|locales[\\/]en|i18n[\\/]lang-context)\.tsx?$/,
            },
          ],
        },
      },
    },
  },
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
