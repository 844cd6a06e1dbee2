/**
 * The punctuation that joins generated pieces, per language: the one table.
 * It holds no words, so it is not in the message catalogues (whose Chinese
 * messages must hold Chinese characters): lists, clauses and sentences are
 * joined with it, a value is set beside its label, an event beside its date.
 * ASCII with spaces in English, full-width without spaces in Chinese.
 */
import type { Lang } from '@/domain/i18n'
import type { Locale } from '@/domain/locale'

interface Marks {
  /** Between items of a list: `'A, B'` · `'A、B'`. */
  item: string
  /** Between groups of a phrase: `'5 on …, 1 on …'` · `'…，…'`. */
  phrase: string
  /** Between clauses: `'A; B'` · `'A；B'`. */
  clause: string
  /** Between sentences that end with their own stop: `'A. B.'` · `'A。B。'`. */
  sentence: string
  /** Between sentences of a line that has no final stop: `'…. …'` · `'…。…'`. */
  stop: string
  /** Between parts of a subtitle: `'A · B'`. */
  part: string
  /** Between shares side by side: `'A · B'` · `'A；B'`. */
  share: string
  /** Between a figure and its context: `'58% of 12 Mt'` · `'58%（目标…）'`. */
  gap: string
  /** `'Busan summit: …'` · `'釜山会晤：…'` */
  colon: string
  /** `'30 Oct 2025 — Busan summit'` · `'2025年10月30日——釜山会晤'` */
  dash: string
  /** Around an aside: `' (scheduled)'` · `'（计划中）'` */
  open: string
  close: string
}

export interface Punctuation extends Marks {
  /** A note after a text: `'Met (traders)'` · `'已达成（traders）'`. */
  aside: (text: string, note: string) => string
  /** A label with its value: `'Section 301 25%'` · `'第301条款（25%）'`. */
  labelled: (label: string, value: string) => string
}

function withAsides(
  marks: Marks,
  labelled: (
    label: string,
    value: string,
    aside: Punctuation['aside'],
  ) => string,
): Punctuation {
  const aside = (text: string, note: string) =>
    `${text}${marks.open}${note}${marks.close}`
  return { ...marks, aside, labelled: (l, v) => labelled(l, v, aside) }
}

const PUNCTUATION: Record<Locale, Punctuation> = {
  en: withAsides(
    {
      item: ', ',
      phrase: ', ',
      clause: '; ',
      sentence: ' ',
      stop: '. ',
      part: ' · ',
      share: ' · ',
      gap: ' ',
      colon: ': ',
      dash: ' — ',
      open: ' (',
      close: ')',
    },
    (label, value) => `${label} ${value}`,
  ),
  'zh-CN': withAsides(
    {
      item: '、',
      phrase: '，',
      clause: '；',
      sentence: '',
      stop: '。',
      part: ' · ',
      share: '；',
      gap: '',
      colon: '：',
      dash: '——',
      open: '（',
      close: '）',
    },
    (label, value, aside) => aside(label, value),
  ),
}

export function punctuation(lang: Lang): Punctuation {
  return PUNCTUATION[lang.locale]
}

/** What a list can be joined with. */
export type ListKind = keyof Marks

export function joinList(
  kind: ListKind,
  items: readonly string[],
  lang: Lang,
): string {
  return items.join(punctuation(lang)[kind])
}

/** `['Tariffs', 'Soybeans']` → `'Tariffs, Soybeans'` · `'关税、大豆'`. */
export const joinItems = (items: readonly string[], lang: Lang) =>
  joinList('item', items, lang)
export const joinClauses = (items: readonly string[], lang: Lang) =>
  joinList('clause', items, lang)
export const joinSentences = (items: readonly string[], lang: Lang) =>
  joinList('sentence', items, lang)
export const joinParts = (items: readonly string[], lang: Lang) =>
  joinList('part', items, lang)
