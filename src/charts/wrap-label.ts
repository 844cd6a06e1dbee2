/**
 * Splits a label into at most `maxLines` lines of at most `maxChars`
 * characters; only what still does not fit ends in "…" (a single word longer
 * than a line is cut). Pure, for SVG tspans. The lines break as exported text
 * does (src/lib/text-wrap.ts): between words, and in Chinese between any two
 * Han characters but never before closing punctuation such as '，' or '）'; a
 * Han character or full-width mark counts as two characters.
 */
import { textUnits, wrapText } from '@/lib/text-wrap'

/** The longest start of `s` that leaves room for '…' in `maxChars` (at least one character). */
function cut(s: string, maxChars: number): string {
  let out = ''
  for (const ch of s) {
    if (out !== '' && textUnits(out + ch) > maxChars - 1) break
    out += ch
  }
  return `${out}…`
}

export function wrapLabel(
  text: string,
  maxChars: number,
  maxLines: number,
): string[] {
  const all = wrapText(text, maxChars)
  const out = all
    .slice(0, maxLines)
    .map((l) => (textUnits(l) > maxChars ? cut(l, maxChars) : l))
  if (all.length > out.length && out.length > 0) {
    const last = out[out.length - 1]!
    out[out.length - 1] = last.endsWith('…')
      ? last
      : textUnits(last) + 1 <= maxChars
        ? `${last}…`
        : cut(last, maxChars)
  }
  return out
}

/** `text` whole when it fits in `maxChars` (a wide character counts two), else cut with '…'. */
export function fitLabel(text: string, maxChars: number): string {
  return textUnits(text) > maxChars ? cut(text, maxChars) : text
}
