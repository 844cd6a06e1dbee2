import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { SECURITY_HEADERS } from '../../scripts/security-headers'

describe('public/_headers', () => {
  it.each(Object.entries(SECURITY_HEADERS))(
    'sends %s exactly as the e2e server does',
    (name, value) => {
      expect(readFileSync('public/_headers', 'utf8')).toContain(
        `  ${name}: ${value}\n`,
      )
    },
  )

  it('forbids inline script and eval', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(
      /script-src 'self'(;|$)/,
    )
    expect(SECURITY_HEADERS['Content-Security-Policy']).not.toMatch(
      /unsafe-inline|unsafe-eval/,
    )
  })
})
