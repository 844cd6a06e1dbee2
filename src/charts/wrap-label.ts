/**
 * Splits a label into at most `maxLines` lines of at most `maxChars`
 * characters, breaking between words; only what still does not fit ends in
 * "…" (a single word longer than a line is cut). Pure, for SVG tspans.
 *
 * Chinese has no spaces: a line may break between any two Han characters
 * (never before closing punctuation such as '，' or '）'), and a Han
 * character or full-width mark counts as two characters, about its drawn
 * width beside Latin letters.
 */
const WIDE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u
/** Full-width marks that never start a line: they stay with what precedes them. */
const CLOSING = /^[，。、；：！？）」』》〉”’]$/u
const TOKENS =
  /(\s*)([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]|[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+)/gu

/** Width in Latin characters: wide characters count twice. */
function widthOf(text: string): number {
  let w = 0
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1
  return w
}

interface Token {
  text: string
  /** A space came before it in the label: lines join it with one. */
  spaced: boolean
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const [, space, word] of text.matchAll(TOKENS)) {
    const prev = tokens[tokens.length - 1]
    if (prev && space === '' && CLOSING.test(word!)) prev.text += word!
    else tokens.push({ text: word!, spaced: space !== '' })
  }
  return tokens
}

/** The longest start of `s` that leaves room for '…' in `maxChars` (at least one character). */
function cut(s: string, maxChars: number): string {
  let out = ''
  for (const ch of s) {
    if (out !== '' && widthOf(out + ch) > maxChars - 1) break
    out += ch
  }
  return `${out}…`
}

export function wrapLabel(
  text: string,
  maxChars: number,
  maxLines: number,
): string[] {
  const words = tokenize(text)
  const lines: string[] = []
  let i = 0
  while (i < words.length && lines.length < maxLines) {
    let line = words[i]!.text
    i++
    while (i < words.length) {
      const next = `${line}${words[i]!.spaced ? ' ' : ''}${words[i]!.text}`
      if (widthOf(next) > maxChars) break
      line = next
      i++
    }
    lines.push(line)
  }
  const out = lines.map((l) => (widthOf(l) > maxChars ? cut(l, maxChars) : l))
  if (i < words.length && out.length > 0) {
    const last = out[out.length - 1]!
    out[out.length - 1] = last.endsWith('…')
      ? last
      : widthOf(last) + 1 <= maxChars
        ? `${last}…`
        : cut(last, maxChars)
  }
  return out
}
