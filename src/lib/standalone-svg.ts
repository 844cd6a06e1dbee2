/**
 * A rendered <svg> → a standalone SVG string: paint and text styles copied from
 * the computed style (page CSS does not travel with a file), hidden nodes
 * dropped, xmlns/width/height/viewBox set, nothing interactive or external kept.
 *
 * Inherited properties are written only where they change: on the root, and
 * on an element whose value differs from its parent's (an equal one is
 * removed, so it inherits). Writing all of them on every element made a
 * chart's file 2-5 times larger (139 KB for the 12 Mt soybean chart, 365
 * copies of its font stack), and slower to serialise, load and draw.
 */

/** Properties SVG elements inherit from their parent. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const

/** Properties that are not inherited: written wherever they are not the initial value. */
const NOT_INHERITED = [{ prop: 'opacity', initial: '1' }] as const

const DROPPED_ATTRIBUTES = ['tabindex', 'class', 'style']

/** What is read of an element's computed style (getComputedStyle in the browser). */
export type StyleOf = (
  el: Element,
) => Pick<CSSStyleDeclaration, 'display' | 'visibility' | 'getPropertyValue'>

export function toStandaloneSvg(
  source: SVGSVGElement,
  width: number,
  height: number,
  /**
   * The font stack every text is drawn with, in place of the page's (e.g. one
   * with CJK faces, src/lib/export-fonts.ts, so Chinese labels render
   * wherever the file is opened).
   */
  fontFamily?: string,
  styleOf: StyleOf = getComputedStyle,
): string {
  const clone = source.cloneNode(true) as SVGSVGElement
  const originals = [source, ...source.querySelectorAll('*')]
  const copies = [clone, ...clone.querySelectorAll('*')]
  const computed = new Map<Element, Map<string, string>>()
  const hidden: Element[] = []
  originals.forEach((el, i) => {
    const copy = copies[i]
    if (!copy) return
    const style = styleOf(el)
    if (style.display === 'none' || style.visibility === 'hidden') {
      hidden.push(copy)
      return
    }
    for (const attr of DROPPED_ATTRIBUTES) copy.removeAttribute(attr)
    // Presentation attributes, not a style attribute: they survive without page CSS
    // and are not inline styles, so they work under a strict Content-Security-Policy.
    const values = new Map<string, string>()
    const parent = el === source ? undefined : computed.get(el.parentElement!)
    for (const prop of INHERITED) {
      const value =
        prop === 'font-family' && fontFamily !== undefined
          ? fontFamily
          : style.getPropertyValue(prop)
      values.set(prop, value)
      if (parent !== undefined && parent.get(prop) === value)
        copy.removeAttribute(prop)
      else if (value !== '') copy.setAttribute(prop, value)
    }
    for (const { prop, initial } of NOT_INHERITED) {
      const value = style.getPropertyValue(prop)
      if (value !== '' && value !== initial) copy.setAttribute(prop, value)
      else copy.removeAttribute(prop)
    }
    computed.set(el, values)
  })
  for (const el of hidden) el.remove()
  for (const el of clone.querySelectorAll('foreignObject, script, image'))
    el.remove()
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(height))
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`)
  return new XMLSerializer().serializeToString(clone)
}
