/**
 * How each language joins a list inside a sentence: punctuation, not words, so
 * it lives here rather than in the catalogues (whose Chinese messages must
 * hold Chinese characters). Items `'A, B'` · `'A、B'`; clauses `'A; B'` ·
 * `'A；B'`; phrases `'A, B'` · `'A，B'`; sentences `'A. B.'` · `'A。B。'`;
 * parts of a subtitle `'A · B'`; shares side by side `'A · B'` · `'A；B'`.
 */
import type { Lang } from '@/domain/i18n'
import type { Locale } from '@/domain/locale'

const SEPARATORS = {
  item: { en: ', ', 'zh-CN': '、' },
  clause: { en: '; ', 'zh-CN': '；' },
  phrase: { en: ', ', 'zh-CN': '，' },
  sentence: { en: ' ', 'zh-CN': '' },
  part: { en: ' · ', 'zh-CN': ' · ' },
  share: { en: ' · ', 'zh-CN': '；' },
} as const satisfies Record<string, Record<Locale, string>>

export type ListKind = keyof typeof SEPARATORS

export function joinList(
  kind: ListKind,
  items: readonly string[],
  lang: Lang,
): string {
  return items.join(SEPARATORS[kind][lang.locale])
}

export const joinItems = (items: readonly string[], lang: Lang) =>
  joinList('item', items, lang)
export const joinClauses = (items: readonly string[], lang: Lang) =>
  joinList('clause', items, lang)
export const joinSentences = (items: readonly string[], lang: Lang) =>
  joinList('sentence', items, lang)
export const joinParts = (items: readonly string[], lang: Lang) =>
  joinList('part', items, lang)
