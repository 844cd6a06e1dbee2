/**
 * The punctuation that joins generated pieces, per language. It holds no
 * words, so it is not in the message catalogues (whose Chinese messages must
 * hold Chinese): lists, clauses and sentences are joined with these, and a
 * value is set beside its label or note with them.
 */
import type { Lang } from '@/domain/i18n'
import type { Locale } from '@/domain/locale'

export interface Punctuation {
  /** Between items of a list: `'a, b'` · `'a、b'`. */
  list: string
  /** Between groups of a phrase: `'5 on …, 1 on …'` · `'…，…'`. */
  group: string
  /** Between clauses: `'…; …'` · `'…；…'`. */
  clause: string
  /** Between sentences of a line that has no final stop: `'…. …'` · `'…。…'`. */
  sentence: string
  /** Between a figure and its context: `'58% of 12 Mt'` · `'58%（目标…）'`. */
  gap: string
  /** Before what follows a colon: `'See the figure: …'` · `'查看图表：…'`. */
  colon: string
  /** A note after a text: `'Met (traders)'` · `'已达成（traders）'`. */
  aside: (text: string, note: string) => string
  /** A label with its value: `'Section 301 25%'` · `'第301条款（25%）'`. */
  labelled: (label: string, value: string) => string
}

const PUNCTUATION: Record<Locale, Punctuation> = {
  en: {
    list: ', ',
    group: ', ',
    clause: '; ',
    sentence: '. ',
    gap: ' ',
    colon: ': ',
    aside: (text, note) => `${text} (${note})`,
    labelled: (label, value) => `${label} ${value}`,
  },
  'zh-CN': {
    list: '、',
    group: '，',
    clause: '；',
    sentence: '。',
    gap: '',
    colon: '：',
    aside: (text, note) => `${text}（${note}）`,
    labelled: (label, value) => `${label}（${value}）`,
  },
}

export function punctuation(lang: Lang): Punctuation {
  return PUNCTUATION[lang.locale]
}
