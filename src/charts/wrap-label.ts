/**
 * Splits a label into at most `maxLines` lines of at most `maxChars`
 * characters, breaking between words; only what still does not fit ends in
 * "…" (a single word longer than a line is cut). Pure, for SVG tspans.
 */
export function wrapLabel(
  text: string,
  maxChars: number,
  maxLines: number,
): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0)
  const lines: string[] = []
  let i = 0
  while (i < words.length && lines.length < maxLines) {
    let line = words[i]!
    i++
    while (i < words.length && line.length + 1 + words[i]!.length <= maxChars) {
      line += ` ${words[i]!}`
      i++
    }
    lines.push(line)
  }
  const cut = (s: string) => `${s.slice(0, Math.max(1, maxChars - 1))}…`
  const out = lines.map((l) => (l.length > maxChars ? cut(l) : l))
  if (i < words.length && out.length > 0) {
    const last = out[out.length - 1]!
    out[out.length - 1] = last.endsWith('…')
      ? last
      : last.length + 1 <= maxChars
        ? `${last}…`
        : cut(last)
  }
  return out
}
