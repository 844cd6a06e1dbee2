/** A minimal static server for the benchmark (loopback only): a dist folder plus a swappable dataset file. */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'

import { SECURITY_HEADERS } from '../scripts/security-headers'
import { CONTENT_TYPES } from '../scripts/content-types'

export interface StaticServer {
  url: string
  /** The file served at /data/commitments.json from now on. */
  setDataset(path: string): void
  close(): Promise<void>
}

export function serveStatic(
  dir: string,
  port: number,
  dataset: string,
): Promise<StaticServer> {
  let current = dataset
  const server: Server = createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v)
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const file =
      path === '/data/commitments.json'
        ? current
        : // A folder's index, as static hosts serve it (/ and the Chinese page at /zh/).
          normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(dir) && file !== current)
      return void res.writeHead(403).end()
    if (!existsSync(file) || !statSync(file).isFile())
      return void res.writeHead(404).end('Not found')
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'
    let body: Buffer = readFileSync(file)
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Cache-Control': 'no-store',
    }
    // Compress text as any real host does, so transfer sizes and load times are realistic.
    if (
      /text|json|javascript|svg/.test(type) &&
      /gzip/.test(String(req.headers['accept-encoding']))
    ) {
      body = gzipSync(body, { level: 6 })
      headers['Content-Encoding'] = 'gzip'
    }
    headers['Content-Length'] = String(body.length)
    res.writeHead(200, headers)
    res.end(body)
  })
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        setDataset: (p) => {
          current = p
        },
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  )
}
