import { describe, expect, it } from 'vitest'

import { slugify, toExportFileName } from '@/domain/export-name'

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

describe(toExportFileName, () => {
  it.each<[string, 'png' | 'svg' | 'csv', string]>([
    [
      'soybeans-soy-12mt',
      'png',
      'soybeans-soy-12mt_2025-01-01_2026-12-31_asof-2026-06-29.png',
    ],
    [
      'tariffs-us-on-china',
      'svg',
      'tariffs-us-on-china_2025-01-01_2026-12-31_asof-2026-06-29.svg',
    ],
    [
      'Rare earths: pauses!',
      'csv',
      'rare-earths-pauses_2025-01-01_2026-12-31_asof-2026-06-29.csv',
    ],
  ])('%s (%s)', (slug, format, expected) => {
    expect(
      toExportFileName(
        slug,
        { fromMs: d('2025-01-01'), toMs: d('2026-12-31') },
        d('2026-06-29'),
        format,
      ),
    ).toBe(expected)
  })
})

describe(slugify, () => {
  it.each<[string, string]>([
    ['Tariffs: US on Chinese goods', 'tariffs-us-on-chinese-goods'],
    ['Café – über', 'cafe-uber'],
    ['../../etc/passwd', 'etc-passwd'],
    ['<script>', 'script'],
    ['!!!', 'figure'],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })
})
