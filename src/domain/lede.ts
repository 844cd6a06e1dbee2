/**
 * The page's intro is one sentence: the first sentence of the dataset's
 * description, the rest kept for "About this dataset". Pure.
 */

/** Words whose trailing period does not end a sentence ("U.S.", "e.g.", "No. 46", "Nov. 10"). */
const ABBREVIATION =
  /(?:\b[A-Za-z]|\be\.g|\bi\.e|\bvs|\bapprox|\bNo|\bSt|\bMr|\bMs|\bDr|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))$/

/**
 * A sentence end: . ! or ? (and a closing quote or bracket), then space and a
 * capital, digit or opening quote; or a Chinese 。！？ (and a closing quote or
 * bracket) with more text after it (Chinese puts no space between sentences).
 */
const END = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])|[。！？][”’）]?(?=\S)/g

export interface Lede {
  /** The first sentence, shown. */
  first: string
  /** The sentences after it ('' when there are none). */
  rest: string
}

export function splitLede(text: string): Lede {
  for (const m of text.matchAll(END)) {
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(0, m.index)))
      continue
    const end = m.index + m[0].length
    return { first: text.slice(0, end).trim(), rest: text.slice(end).trim() }
  }
  return { first: text.trim(), rest: '' }
}
