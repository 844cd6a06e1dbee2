import { describe, expect, it } from 'vitest'

import { isSafeHttpUrl } from '@/domain/urls'

describe(isSafeHttpUrl, () => {
  it.each([
    ['https://www.strtrade.com/trade-news', true],
    ['http://example.org/a', true],
    ['HTTPS://EXAMPLE.ORG', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['ftp://example.org/file', false],
    ['mailto:press@example.org', false],
    ['/relative/path', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeHttpUrl(url)).toBe(safe)
  })
})
