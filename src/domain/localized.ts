/**
 * A record's display text in the reader's language: its `zh` twin in Chinese
 * when the dataset has one, else the English field (a user's dataset may carry
 * no Chinese at all).
 */

import type { Locale } from '@/domain/locale'

interface WithZh {
  readonly zh?: object | undefined
}

/** Fields present both on the record and in its `zh` object. */
export type LocalizedField<T extends WithZh> = Extract<
  keyof T,
  keyof NonNullable<T['zh']>
>

/** `record[field]`, or its Chinese text when the locale is Chinese and it has one. */
export function inLocale<T extends WithZh, K extends LocalizedField<T>>(
  record: T,
  field: K,
  locale: Locale,
): T[K] {
  if (locale === 'zh-CN') {
    const zh = record.zh as Partial<Pick<T, K>> | undefined
    const value = zh?.[field]
    if (value !== undefined) return value
  }
  return record[field]
}

/** CJK Unified Ideographs (and Extension A): what makes a text Chinese. */
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/u

/** True when `text` contains at least one Chinese character. */
export function hasCjk(text: string): boolean {
  return CJK.test(text)
}
