import { describe, expect, it } from 'vitest'

import { type CopyFailureReason, copyFailureText } from '@/domain/copy-failure'

import { en, zh } from '../../lang'

describe(copyFailureText, () => {
  it.each<[CopyFailureReason, string, string]>([
    [
      { reason: 'no-image-copy' },
      'this browser cannot copy images',
      '此浏览器不支持复制图片',
    ],
    [
      { reason: 'no-text-copy' },
      'this browser cannot copy text',
      '此浏览器不支持复制文本',
    ],
    [{ reason: 'refused' }, 'the browser refused', '浏览器拒绝了此操作'],
    // The browser's own words are quoted as they are.
    [
      { reason: 'refused', detail: 'Write permission denied.' },
      'Write permission denied.',
      '浏览器拒绝了此操作：Write permission denied.',
    ],
  ])('%j', (failure, english, chinese) => {
    expect(copyFailureText(failure, en)).toBe(english)
    expect(copyFailureText(failure, zh)).toBe(chinese)
  })
})
