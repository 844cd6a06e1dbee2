import { describe, expect, it } from 'vitest'

import { CJK_FONT_FAMILIES, withCjkFonts } from '@/lib/export-fonts'

const CJK = CJK_FONT_FAMILIES.map((f) => `'${f}'`).join(', ')

describe(withCjkFonts, () => {
  it.each<[string, string]>([
    ['system-ui, Arial, sans-serif', `system-ui, Arial, ${CJK}, sans-serif`],
    ["'Segoe UI',serif", `'Segoe UI', ${CJK}, serif`],
    // No generic family: the CJK faces, then sans-serif.
    ['Arial', `Arial, ${CJK}, sans-serif`],
    // A face already in the stack is not repeated.
    [
      "'PingFang SC', sans-serif",
      `'PingFang SC', ${CJK_FONT_FAMILIES.filter((f) => f !== 'PingFang SC')
        .map((f) => `'${f}'`)
        .join(', ')}, sans-serif`,
    ],
  ])('%s', (stack, expected) => {
    expect(withCjkFonts(stack)).toBe(expected)
  })

  it('puts Simplified Chinese faces first', () => {
    expect(CJK_FONT_FAMILIES[0]).toBe('Noto Sans CJK SC')
  })
})
