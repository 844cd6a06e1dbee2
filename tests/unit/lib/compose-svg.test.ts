import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'

import {
  composeExportSvg,
  escapeXml,
  type ExportFrameSpec,
} from '@/lib/compose-svg'
import { withCjkFonts } from '@/lib/export-fonts'

const spec: ExportFrameSpec = {
  lang: 'en',
  width: 1200,
  title: 'Soybeans: 12 Mt pledge <b>&</b>',
  subtitle: '2025-01-01 to 2026-12-31 · sources: USDA',
  description: 'As of 8 Jan 2026, purchases were 6.9 Mt, 58% of the pledge.',
  chartSvg:
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="1136" height="420"><path d="M0 0L10 10" stroke="#0072B2"/></svg>',
  chartWidth: 1136,
  chartHeight: 420,
  legend: [
    {
      label: 'USDA sales',
      color: '#0072B2',
      dash: '',
      shape: 'line',
      strokeWidth: 2,
    },
    {
      label: 'Deadline band',
      color: '#3A3A3A',
      dash: '2 2',
      shape: 'band',
      strokeWidth: 1,
    },
    {
      label: 'Threat',
      color: '#D55E00',
      dash: '',
      shape: 'marker',
      strokeWidth: 1,
    },
  ],
  legendLabel: 'Legend',
  sourceLines: ['Sources: Argus, Reuters'],
  footerLines: [
    'Data as of 2026-06-29 · dataset v2026.11.29-1 · https://tracker.example/?commodities=soybeans&from=2025-01-01',
  ],
  metadata: { 'dataset-version': '2026.11.29-1' },
  colors: { background: '#FFFFFF', text: '#1A1D23', muted: '#555D6B' },
  fontFamily: "system-ui, 'Segoe UI', sans-serif",
}

describe(composeExportSvg, () => {
  const { svg, width, height } = composeExportSvg(spec)

  it('is one standalone SVG with xmlns, size and viewBox', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" xml:lang="en" lang="en" width="1200"/,
    )
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`)
    expect(height).toBeGreaterThan(420 + 100)
    expect(svg).not.toContain('<?xml')
  })

  it.each<[string, string]>([
    [
      'the escaped title in <title>',
      '<title id="export-title">Soybeans: 12 Mt pledge &lt;b&gt;&amp;&lt;/b&gt;</title>',
    ],
    [
      'the summary in <desc>',
      '<desc id="export-desc">As of 8 Jan 2026, purchases were 6.9 Mt, 58% of the pledge.</desc>',
    ],
    [
      'the title as drawn text',
      '>Soybeans: 12 Mt pledge &lt;b&gt;&amp;&lt;/b&gt;</text>',
    ],
    ['each legend label', '>USDA sales</text>'],
    ['a dashed band swatch', 'stroke-dasharray="2 2"'],
    ['the source line', '>Sources: Argus, Reuters</text>'],
    ['the as-of date', 'Data as of 2026-06-29'],
    ['the URL, escaped', 'commodities=soybeans&amp;from=2025-01-01'],
    ['the chart itself', '<path d="M0 0L10 10" stroke="#0072B2"/>'],
    [
      'a filled background',
      '<rect width="100%" height="100%" fill="#FFFFFF"/>',
    ],
    ['metadata', '<meta name="dataset-version" content="2026.11.29-1"/>'],
  ])('contains %s', (_name, fragment) => {
    expect(svg).toContain(fragment)
  })

  it('has no external references', () => {
    expect(svg).not.toMatch(/href=|<image|<foreignObject|url\(http/)
  })

  it('parses as XML, with the texts a reader needs', () => {
    const doc = new new JSDOM().window.DOMParser().parseFromString(
      svg,
      'image/svg+xml',
    )
    expect(doc.querySelector('parsererror')).toBeNull()
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent)
    expect(texts).toEqual(
      expect.arrayContaining([
        'Soybeans: 12 Mt pledge <b>&</b>',
        'USDA sales',
        'Deadline band',
        'Threat',
        'Sources: Argus, Reuters',
      ]),
    )
  })
})

describe(escapeXml, () => {
  it.each<[string, string]>([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &apos;single&apos;'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
    ['tab\tnewline\n', 'tab\tnewline\n'],
  ])('%j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected)
  })
})

/** The same figure exported in Chinese: the texts as the pipeline gives them. */
const chinese: ExportFrameSpec = {
  ...spec,
  lang: 'zh-CN',
  title:
    '大豆：1200万吨采购承诺（截至2026年1月8日已完成58%），按来源分别统计，从不合并',
  subtitle: '2025-01-01至2026-12-31 · 来源：美国农业部',
  description: '截至2026年1月8日，采购量为690万吨，达到承诺的58%。',
  legend: [{ ...spec.legend[0]!, label: '美国农业部销售数据' }],
  legendLabel: '图例',
  sourceLines: ['来源：Argus、路透社'],
  footerLines: ['数据截至2026-06-29 · 数据集版本2026.11.29-1'],
  fontFamily: withCjkFonts("system-ui, 'Segoe UI', sans-serif"),
}

describe('composeExportSvg in Chinese', () => {
  const { svg } = composeExportSvg(chinese)
  const doc = new new JSDOM().window.DOMParser().parseFromString(
    svg,
    'image/svg+xml',
  )
  const root = doc.documentElement

  it('declares the language on the root element', () => {
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(
      root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'),
    ).toBe('zh-CN')
    expect(root.getAttribute('lang')).toBe('zh-CN')
    expect(svg).toContain('xml:lang="zh-CN"')
  })

  it('carries the Chinese title as text: in <title> and drawn, wrapped between characters', () => {
    expect(doc.querySelector('title')?.textContent).toBe(chinese.title)
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent!)
    const titleLines = texts.filter(
      (_, i) =>
        doc.querySelectorAll('text')[i]!.getAttribute('font-weight') === '700',
    )
    // Too long for one line at 26 px bold in 1136 px: two lines, nothing lost.
    expect(titleLines.length).toBeGreaterThan(1)
    expect(titleLines.join('')).toBe(chinese.title)
    // Closing punctuation never starts a line.
    for (const line of titleLines) expect(line).not.toMatch(/^[，。）、]/)
    expect(texts).toEqual(
      expect.arrayContaining(['美国农业部销售数据', '来源：Argus、路透社']),
    )
  })

  it('draws every text with the CJK font stack, before the generic family', () => {
    const stacks = new Set(
      [root, ...doc.querySelectorAll('text')].map((e) =>
        e.getAttribute('font-family'),
      ),
    )
    expect(stacks).toEqual(new Set([chinese.fontFamily]))
    expect(chinese.fontFamily).toBe(
      "system-ui, 'Segoe UI', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif",
    )
  })

  it('names the legend in Chinese', () => {
    expect(svg).toContain('<g aria-label="图例">')
    expect(svg).not.toContain('Legend')
  })
})
