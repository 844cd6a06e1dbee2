/**
 * The punctuation that joins the parts of a structured line (a label and its
 * value, an event and its description) in each language: ASCII with spaces in
 * English, full-width without spaces in Chinese. Whole sentences are
 * catalogue messages; this only joins labelled parts.
 */
import type { Lang } from '@/domain/i18n'
import type { Locale } from '@/domain/locale'

export interface Punctuation {
  /** `'Busan summit: …'` · `'釜山会晤：…'` */
  colon: string
  /** `'30 Oct 2025 — Busan summit'` · `'2025年10月30日——釜山会晤'` */
  dash: string
  /** Around an aside: `' (scheduled)'` · `'（计划中）'` */
  open: string
  close: string
  /** Between items of a list: `'; '` · `'；'` */
  separator: string
}

const PUNCTUATION: Record<Locale, Punctuation> = {
  en: { colon: ': ', dash: ' — ', open: ' (', close: ')', separator: '; ' },
  'zh-CN': {
    colon: '：',
    dash: '——',
    open: '（',
    close: '）',
    separator: '；',
  },
}

export function punctuation(lang: Lang): Punctuation {
  return PUNCTUATION[lang.locale]
}
