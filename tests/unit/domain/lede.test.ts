import { describe, expect, it } from 'vitest'

import { splitLede } from '@/domain/lede'

describe(splitLede, () => {
  it.each<[string, string, string]>([
    ['One sentence.', 'One sentence.', ''],
    ['No full stop at all', 'No full stop at all', ''],
    ['  Padded.  ', 'Padded.', ''],
    ['First. Second. Third.', 'First.', 'Second. Third.'],
    ['Is it kept? Yes.', 'Is it kept?', 'Yes.'],
    ['Data to 2026. 12 Mt pledged.', 'Data to 2026.', '12 Mt pledged.'],
    ['Up 2.5 Mt in 2025. Then less.', 'Up 2.5 Mt in 2025.', 'Then less.'],
    ['U.S. tariffs on China. More.', 'U.S. tariffs on China.', 'More.'],
    [
      'Some, e.g. Gallium, paused. Rest.',
      'Some, e.g. Gallium, paused.',
      'Rest.',
    ],
    [
      'Announcement No. 46 of 2024. Rest.',
      'Announcement No. 46 of 2024.',
      'Rest.',
    ],
    ['He said “stop.” Then went.', 'He said “stop.”', 'Then went.'],
    ['lower case after. then more', 'lower case after. then more', ''],
    ['美中关税。大豆承诺。', '美中关税。', '大豆承诺。'],
    ['只有一句。', '只有一句。', ''],
    ['他说“暂停。”随后离开。', '他说“暂停。”', '随后离开。'],
    ['是否延长？结果未知。', '是否延长？', '结果未知。'],
    [
      '数据截至2026年6月29日，共209个来源',
      '数据截至2026年6月29日，共209个来源',
      '',
    ],
  ])('%j → %j + %j', (text, first, rest) => {
    expect(splitLede(text)).toEqual({ first, rest })
  })

  it('keeps every word of the shipped kind of description', () => {
    const text =
      'US and Chinese tariff layers, 2025–2026. Transcribed from a sourced fact base researched on 2026-11-29; its latest dated fact is 2026-06-29. Each value cites its sources.'
    const { first, rest } = splitLede(text)
    expect(first).toBe('US and Chinese tariff layers, 2025–2026.')
    expect(`${first} ${rest}`).toBe(text)
  })
})
