/**
 * Finds where JSON text first goes wrong, as line and column, for engines whose
 * JSON.parse message gives no position ("Unexpected token '}', … is not valid
 * JSON"). Iterative, so deeply nested input cannot overflow the stack.
 */

const WS = new Set([' ', '\t', '\n', '\r'])
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const LITERALS = ['true', 'false', 'null']

/** Offset of the first syntax error, or undefined when the text is valid JSON. */
export function findJsonErrorOffset(text: string): number | undefined {
  const n = text.length
  let i = 0
  const stack: ('[' | '{')[] = []
  const skip = () => {
    while (i < n && WS.has(text[i]!)) i++
  }
  /** Scans a string starting at a quote; returns false on error (i at the fault). */
  const string = (): boolean => {
    i++
    while (i < n) {
      const c = text[i]!
      if (c === '"') {
        i++
        return true
      }
      if (c === '\\') {
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false
          i += 6
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2
        else {
          i++
          return false
        }
      } else if (c < ' ') return false
      else i++
    }
    return false
  }
  let expectValue = true
  for (;;) {
    skip()
    if (expectValue) {
      const c = text[i]
      if (c === undefined) return i
      if (c === '{' || c === '[') {
        stack.push(c)
        i++
        skip()
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop()
          i++
          expectValue = false
          continue
        }
        if (c === '{') {
          if (text[i] !== '"' || !string()) return i
          skip()
          if (text[i] !== ':') return i
          i++
        }
        continue
      }
      if (c === '"') {
        if (!string()) return i
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i
        if (!NUMBER.test(text)) return i
        i = NUMBER.lastIndex
      } else {
        const literal = LITERALS.find((l) => text.startsWith(l, i))
        if (literal === undefined) return i
        i += literal.length
      }
      expectValue = false
      continue
    }
    const top = stack[stack.length - 1]
    if (top === undefined) return i < n ? i : undefined
    const c = text[i]
    if (c === ',') {
      i++
      if (top === '{') {
        skip()
        if (text[i] !== '"' || !string()) return i
        skip()
        if (text[i] !== ':') return i
        i++
      }
      expectValue = true
    } else if ((top === '[' && c === ']') || (top === '{' && c === '}')) {
      stack.pop()
      i++
    } else return i
  }
}

/** Offset → 1-based line and column. */
export function toLineColumn(
  text: string,
  offset: number,
): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}
