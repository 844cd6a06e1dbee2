/**
 * A rendered <svg> → a standalone SVG string: paint and text styles copied from
 * the computed style (page CSS does not travel with a file), hidden nodes
 * dropped, xmlns/width/height/viewBox set, nothing interactive or external kept.
 */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const

const DROPPED_ATTRIBUTES = ['tabindex', 'class', 'style']

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
): string {
  const clone = source.cloneNode(true) as SVGSVGElement
  const originals = [source, ...source.querySelectorAll('*')]
  const copies = [clone, ...clone.querySelectorAll('*')]
  const hidden: Element[] = []
  originals.forEach((el, i) => {
    const copy = copies[i]
    if (!copy) return
    const style = getComputedStyle(el)
    if (style.display === 'none' || style.visibility === 'hidden') {
      hidden.push(copy)
      return
    }
    for (const attr of DROPPED_ATTRIBUTES) copy.removeAttribute(attr)
    // Presentation attributes, not a style attribute: they survive without page CSS
    // and are not inline styles, so they work under a strict Content-Security-Policy.
    for (const prop of INLINED) {
      const value = style.getPropertyValue(prop)
      if (value !== '') copy.setAttribute(prop, value)
    }
    if (fontFamily !== undefined && copy.hasAttribute('font-family'))
      copy.setAttribute('font-family', fontFamily)
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
