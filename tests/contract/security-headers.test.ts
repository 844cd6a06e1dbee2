import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import {
  EMBED_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  securityHeadersFor,
} from '../../scripts/security-headers'

describe('public/_headers', () => {
  it.each(Object.entries(SECURITY_HEADERS))(
    'sends %s exactly as the e2e server does',
    (name, value) => {
      expect(readFileSync('public/_headers', 'utf8')).toContain(
        `  ${name}: ${value}\n`,
      )
    },
  )

  it('lets only /embed/* be framed, replacing the policy of /*', () => {
    const file = readFileSync('public/_headers', 'utf8')
    const embedBlock = file.slice(file.indexOf('\n/embed/*\n'))
    expect(embedBlock).toContain(
      `  ! Content-Security-Policy\n  Content-Security-Policy: ${EMBED_CONTENT_SECURITY_POLICY}\n`,
    )
    const allBlock = file.slice(
      file.indexOf('\n/*\n'),
      file.indexOf('\n/embed/*\n'),
    )
    expect(allBlock).toContain("frame-ancestors 'none'")
    expect(allBlock).not.toContain('frame-ancestors *')
  })

  it.each([
    ['/', "frame-ancestors 'none'"],
    ['/index.html', "frame-ancestors 'none'"],
    ['/zh/', "frame-ancestors 'none'"],
    ['/zh', "frame-ancestors 'none'"],
    ['/zh/index.html', "frame-ancestors 'none'"],
    ['/embed', "frame-ancestors 'none'"],
    ['/embed/tariffs-us-on-china', 'frame-ancestors *'],
    ['/embed/index.html', 'frame-ancestors *'],
  ])('the e2e server frames %s with %s', (path, directive) => {
    expect(securityHeadersFor(path)['Content-Security-Policy']).toMatch(
      new RegExp(`${directive.replace('*', '\\*')}$`),
    )
  })

  it('gives the Chinese page (/zh/) exactly the headers of /', () => {
    for (const path of ['/zh/', '/zh', '/zh/index.html'])
      expect(securityHeadersFor(path)).toEqual(securityHeadersFor('/'))
    // In public/_headers, /* covers /zh/: no block of its own may weaken it.
    expect(readFileSync('public/_headers', 'utf8')).not.toMatch(/^\/zh/m)
  })

  it('public/_redirects moves /zh to /zh/, as the e2e server does', () => {
    expect(readFileSync('public/_redirects', 'utf8')).toMatch(
      /^\/zh\s+\/zh\/\s+301$/m,
    )
  })

  it('forbids inline script and eval', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(
      /script-src 'self'(;|$)/,
    )
    expect(SECURITY_HEADERS['Content-Security-Policy']).not.toMatch(
      /unsafe-inline|unsafe-eval/,
    )
  })
})
