/**
 * The e2e test server (loopback only): serves the production build from `dist/`,
 * dataset fixtures from `tests/fixtures/` at `/fixtures/`, and network-fault
 * endpoints at `/faults/<kind>` for the loader's error paths.
 */
import { createServer, type ServerResponse } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve } from 'node:path'

import { securityHeadersFor } from '../../scripts/security-headers'
import { E2E_PORT } from './server-config'
import { CONTENT_TYPES } from '../../scripts/content-types'

const ROOT = resolve(import.meta.dirname, '../..')
const DIST = join(ROOT, 'dist')
const FIXTURES = join(ROOT, 'tests/fixtures')

function sendFile(res: ServerResponse, file: string): void {
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
  })
  res.end(readFileSync(file))
}

/** A path under `base`, or undefined when it escapes it or does not exist. */
function safeFile(base: string, urlPath: string): string | undefined {
  const file = normalize(join(base, decodeURIComponent(urlPath)))
  if (!file.startsWith(base)) return undefined
  return existsSync(file) && statSync(file).isFile() ? file : undefined
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${E2E_PORT}`)
  const path = url.pathname
  for (const [name, value] of Object.entries(securityHeadersFor(path)))
    res.setHeader(name, value)
  if (path === '/healthz') {
    res.end('ok')
    return
  }
  if (path.startsWith('/faults/')) {
    const kind = path.slice('/faults/'.length)
    switch (kind) {
      case '404':
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
        return
      case '500':
        res
          .writeHead(500, { 'Content-Type': 'text/plain' })
          .end('Internal error')
        return
      case 'html':
        res
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end('<!doctype html><title>Not data</title><p>Hello</p>')
        return
      case 'slow': {
        // Answers after 20 s, past the loader's 15 s limit; bounded so it always ends.
        const timer = setTimeout(
          () =>
            res
              .writeHead(200, { 'Content-Type': 'application/json' })
              .end('{}'),
          20_000,
        )
        req.on('close', () => clearTimeout(timer))
        return
      }
      case 'reset':
        req.socket.destroy()
        return
      default:
        res.writeHead(400).end('unknown fault')
        return
    }
  }
  // A data file changed since the build (the prerendered page is of the old
  // one): asked for with the request header `x-e2e-dataset: edited`.
  if (
    path === '/data/commitments.json' &&
    req.headers['x-e2e-dataset'] === 'edited'
  ) {
    const data = JSON.parse(
      readFileSync(join(DIST, 'data/commitments.json'), 'utf8'),
    ) as { meta: { version: string; title: string } }
    data.meta.version = `${data.meta.version}-edited`
    data.meta.title = `${data.meta.title} (edited after the build)`
    const body = JSON.stringify(data)
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
    })
    res.end(body)
    return
  }
  if (path.startsWith('/fixtures/')) {
    const file = safeFile(FIXTURES, path.slice('/fixtures/'.length))
    if (file) return sendFile(res, file)
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
    return
  }
  // One HTML file for every figure's embed (public/_redirects does the same on static hosts).
  if (/^\/embed\/[a-z0-9-]+\/?$/.test(path))
    return sendFile(res, join(DIST, 'embed/index.html'))
  // The prerendered Chinese page (vite.config.ts writes dist/zh/index.html);
  // `/zh` moves to `/zh/` with its parameters, as public/_redirects does.
  if (path === '/zh') {
    res.writeHead(301, { Location: `/zh/${url.search}` }).end()
    return
  }
  const file = safeFile(
    DIST,
    path === '/' || path === '/zh/'
      ? `${path.slice(1)}index.html`
      : path.slice(1),
  )
  if (file) return sendFile(res, file)
  res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
})

server.listen(E2E_PORT, '127.0.0.1', () => {
  console.log(`e2e server on http://127.0.0.1:${E2E_PORT}`)
})
