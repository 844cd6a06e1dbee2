import { describe, expect, it } from 'vitest'

import { textUnits, wrapText } from '@/lib/text-wrap'

describe(wrapText, () => {
  it.each<[string, number, string[]]>([
    ['short', 20, ['short']],
    ['one two three four', 9, ['one two', 'three', 'four']],
    ['averyveryverylongword x', 5, ['averyveryverylongword', 'x']],
    ['', 5, []],
    ['  spaces   around  ', 20, ['spaces around']],
    // Chinese breaks between characters; each counts two units.
    ['美国对华关税', 4, ['美国', '对华', '关税']],
    ['美国对华关税', 12, ['美国对华关税']],
    // Closing punctuation stays with the character before it …
    ['关税，大豆。', 6, ['关税，', '大豆。']],
    // … opening punctuation with the one after it.
    [
      '根据《国际紧急经济权力法》',
      8,
      // 《 is never left at a line end, 》 never starts one.
      ['根据《国', '际紧急经', '济权力', '法》'],
    ],
    // Latin words inside Chinese keep their letters together, with no space
    // added; a number keeps the unit character after it (1200万).
    ['采购量1200万吨，目标USDA', 10, ['采购量', '1200万吨，', '目标USDA']],
    ['Sources: STR、PIIE', 9, ['Sources:', 'STR、PIIE']],
  ])('%j at %d', (text, max, lines) => {
    expect(wrapText(text, max)).toEqual(lines)
  })
})

describe(textUnits, () => {
  it.each<[string, number]>([
    ['abc', 3],
    ['大豆', 4],
    ['1200万吨', 8],
    ['（1）', 5],
  ])('%j → %d', (text, units) => {
    expect(textUnits(text)).toBe(units)
  })
})
