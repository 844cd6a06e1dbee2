// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'

import { type StyleOf, toStandaloneSvg } from '@/lib/standalone-svg'

const NS = 'http://www.w3.org/2000/svg'

/**
 * A chart-like tree: <svg><g><text/><text/></g><path/></svg>, each element's
 * computed style given by `styles` (by id), the rest empty: what
 * getComputedStyle gives in a browser, which jsdom does not cascade.
 */
function fixture(styles: Record<string, Record<string, string>>) {
  const svg = document.createElementNS(NS, 'svg')
  svg.id = 'root'
  const g = document.createElementNS(NS, 'g')
  g.id = 'g'
  for (const id of ['a', 'b']) {
    const text = document.createElementNS(NS, 'text')
    text.id = id
    g.append(text)
  }
  const path = document.createElementNS(NS, 'path')
  path.id = 'path'
  path.setAttribute('fill', '#stale') // an attribute the page's CSS overrode
  path.setAttribute('class', 'recharts-line')
  svg.append(g, path)
  const styleOf: StyleOf = (el) => {
    const s = styles[el.id] ?? {}
    return {
      display: s.display ?? 'inline',
      visibility: s.visibility ?? 'visible',
      getPropertyValue: (prop: string) => s[prop] ?? '',
    }
  }
  return { svg, styleOf }
}

/** The markup, read back (by the HTML parser: jsdom's serialiser writes xmlns twice, which its XML parser rejects). */
function parse(markup: string) {
  const doc = new DOMParser().parseFromString(markup, 'text/html')
  return {
    root: doc.querySelector('svg')!,
    byId: (id: string) => doc.getElementById(id),
  }
}

const inheritedEverywhere = {
  fill: '#333',
  'font-family': 'system-ui',
  'font-size': '12px',
}

describe(toStandaloneSvg, () => {
  it.each<
    [
      string,
      Record<string, Record<string, string>>,
      string,
      string,
      string | null,
    ]
  >([
    [
      'the root writes the value its children inherit',
      {
        root: inheritedEverywhere,
        g: inheritedEverywhere,
        a: inheritedEverywhere,
      },
      'root',
      'fill',
      '#333',
    ],
    [
      'a child with its parent’s value writes nothing (it inherits)',
      {
        root: inheritedEverywhere,
        g: inheritedEverywhere,
        a: inheritedEverywhere,
      },
      'a',
      'fill',
      null,
    ],
    [
      'a child whose value differs writes it',
      {
        root: inheritedEverywhere,
        g: inheritedEverywhere,
        a: { ...inheritedEverywhere, fill: '#c00' },
      },
      'a',
      'fill',
      '#c00',
    ],
    [
      'a stale attribute the CSS overrode gives way to the computed value',
      {
        root: inheritedEverywhere,
        path: { ...inheritedEverywhere, fill: 'none' },
      },
      'path',
      'fill',
      'none',
    ],
    [
      'a stale attribute is removed where the parent’s value is inherited',
      { root: inheritedEverywhere, path: inheritedEverywhere },
      'path',
      'fill',
      null,
    ],
    [
      'opacity (not inherited) is written where it is not 1',
      { root: { opacity: '1' }, g: { opacity: '0.4' } },
      'g',
      'opacity',
      '0.4',
    ],
    [
      'opacity 1 is not written',
      { root: { opacity: '1' }, g: { opacity: '1' } },
      'g',
      'opacity',
      null,
    ],
  ])('%s', (_name, styles, id, attr, expected) => {
    const { svg, styleOf } = fixture(styles)
    const out = parse(toStandaloneSvg(svg, 100, 50, undefined, styleOf))
    expect(out.byId(id)?.getAttribute(attr) ?? null).toBe(expected)
  })

  it('draws every text in the given font stack, written once at the root', () => {
    const { svg, styleOf } = fixture({
      root: inheritedEverywhere,
      g: inheritedEverywhere,
      a: inheritedEverywhere,
      b: { ...inheritedEverywhere, 'font-family': 'monospace' },
    })
    const markup = toStandaloneSvg(
      svg,
      100,
      50,
      "'Noto Sans CJK SC', sans-serif",
      styleOf,
    )
    const out = parse(markup)
    expect(out.root.getAttribute('font-family')).toBe(
      "'Noto Sans CJK SC', sans-serif",
    )
    expect(markup.match(/font-family=/g)).toHaveLength(1)
  })

  it('drops hidden elements, classes and sets the size', () => {
    const { svg, styleOf } = fixture({ b: { display: 'none' } })
    const out = parse(toStandaloneSvg(svg, 100, 50, undefined, styleOf))
    expect(out.byId('b')).toBeNull()
    expect(out.byId('a')).not.toBeNull()
    expect(out.byId('path')?.hasAttribute('class')).toBe(false)
    expect(out.root.getAttribute('viewBox')).toBe('0 0 100 50')
  })
})
