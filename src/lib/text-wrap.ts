/**
 * Line breaking and width estimates for text drawn into an exported SVG, where
 * nothing measures text: Latin words break at spaces; Chinese (and other CJK)
 * text, which has no spaces, breaks between any two characters, except that
 * closing punctuation never starts a line and opening punctuation never ends one.
 */

/** Han, kana, CJK punctuation and full-width forms: about 1 em wide each. */
const WIDE =
  /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u
/** Never at the start of a line. */
const CLOSING = /^[，。、；：！？）】》〉」』”’…·,.;:!?)\]}%]$/u
/** Never at the end of a line. */
const OPENING = /^[（【《〈「『“‘([{]$/u

/**
 * A wide character is 1 em; the `maxChars` of {@link wrapText} count Latin
 * characters of about 0.56 em: a wide character counts as two (a little
 * more than it takes, so lines never overflow).
 */
export const WIDE_CHAR_UNITS = 2

/** Whether `ch` is drawn about 1 em wide (Han, kana, full-width forms). */
export function isWide(ch: string): boolean {
  return WIDE.test(ch)
}

/** The width of `text` in Latin-character units. */
export function textUnits(text: string): number {
  let units = 0
  for (const ch of text) units += WIDE.test(ch) ? WIDE_CHAR_UNITS : 1
  return units
}

interface Token {
  text: string
  /** Whitespace before it (kept as one space when not at a line start). */
  space: boolean
}

/** Words and single wide characters, punctuation glued to its neighbour. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let space = false
  let word = ''
  const flush = () => {
    if (word === '') return
    tokens.push({ text: word, space })
    word = ''
    space = false
  }
  for (const ch of text) {
    if (/\s/u.test(ch)) {
      flush()
      space = tokens.length > 0
    } else if (WIDE.test(ch)) {
      flush()
      tokens.push({ text: ch, space })
      space = false
    } else word += ch
  }
  flush()
  // Glue: closing punctuation to the token before it, opening to the one after.
  const glued: Token[] = []
  let opening: Token | undefined
  for (const next of tokens) {
    let token = next
    if (opening) {
      token = { text: opening.text + token.text, space: opening.space }
      opening = undefined
    } else if (
      !token.space &&
      glued.length > 0 &&
      (CLOSING.test(token.text) ||
        // A number and the (wide) unit after it: 1200万, 2026年.
        (WIDE.test(token.text) && /\d$/.test(glued.at(-1)!.text)))
    ) {
      glued[glued.length - 1]!.text += token.text
      continue
    }
    if (OPENING.test(token.text)) opening = token
    else glued.push(token)
  }
  if (opening) glued.push(opening)
  return glued
}

/**
 * Greedy wrap to at most `maxChars` units per line (see {@link textUnits});
 * a longer word gets its own line.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const token of tokenize(text)) {
    const joined =
      line === '' ? token.text : line + (token.space ? ' ' : '') + token.text
    if (line === '' || textUnits(joined) <= maxChars) line = joined
    else {
      lines.push(line)
      line = token.text
    }
  }
  if (line !== '') lines.push(line)
  return lines
}
