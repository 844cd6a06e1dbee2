/**
 * Composes a self-contained export image as one SVG string: title, subtitle,
 * the chart, an SVG legend, source lines and the as-of/version/URL footer, on a
 * filled background. Pure string building (no DOM), so it is unit-tested in Node.
 * It writes no words of its own: every text comes in the spec, in the reader's
 * language, which the root element declares (`xml:lang`, `lang`).
 */
import { textUnits, wrapText } from '@/lib/text-wrap'

export interface ExportLegendItem {
  label: string
  color: string
  dash: string
  shape: 'line' | 'band' | 'bar' | 'marker'
  strokeWidth: number
}

export interface ExportFrameSpec {
  /** The language of the texts (a BCP 47 tag: `en`, `zh-CN`). */
  lang: string
  width: number
  title: string
  subtitle: string
  /** The figure's summary: goes into <desc>. */
  description: string
  /** A standalone <svg> of the chart (xmlns set). */
  chartSvg: string
  chartWidth: number
  chartHeight: number
  legend: readonly ExportLegendItem[]
  /** The legend group's accessible name ("Legend"). */
  legendLabel: string
  sourceLines: readonly string[]
  footerLines: readonly string[]
  /** Extra facts for <metadata> (dataset version, URL …). */
  metadata: Readonly<Record<string, string>>
  colors: { background: string; text: string; muted: string }
  fontFamily: string
}

export const EXPORT_PADDING = 32
const TITLE_SIZE = 26
const SUBTITLE_SIZE = 16
const LEGEND_SIZE = 14
const SOURCE_SIZE = 13
/** Average Latin glyph width as a share of the font size, for a system sans-serif (bold is wider); CJK glyphs count double (text-wrap.ts). */
const CHAR_WIDTH = 0.56
const BOLD_CHAR_WIDTH = 0.64

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return (
    text
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&apos;')
      // Characters XML 1.0 does not allow at all (control characters but tab, LF, CR).
      // eslint-disable-next-line no-control-regex -- matching them is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  )
}

function textWidth(text: string, size: number): number {
  return textUnits(text) * size * CHAR_WIDTH
}

function swatch(item: ExportLegendItem, x: number, y: number): string {
  const dash = item.dash ? ` stroke-dasharray="${escapeXml(item.dash)}"` : ''
  const color = escapeXml(item.color)
  switch (item.shape) {
    case 'line':
      return `<line x1="${x}" y1="${y}" x2="${x + 26}" y2="${y}" stroke="${color}" stroke-width="${Math.max(2, item.strokeWidth)}"${dash}/>`
    case 'band':
      return `<rect x="${x}" y="${y - 6}" width="26" height="12" fill="${color}" fill-opacity="0.45" stroke="${color}"${dash}/>`
    case 'bar':
      return `<rect x="${x + 5}" y="${y - 6}" width="16" height="12" fill="${color}"/>`
    case 'marker':
      return `<circle cx="${x + 13}" cy="${y}" r="6" fill="none" stroke="${color}" stroke-width="2"/>`
  }
}

/** Lays the legend out in rows that fit the width; returns markup and height. */
function layoutLegend(
  items: readonly ExportLegendItem[],
  x0: number,
  y0: number,
  maxWidth: number,
  color: string,
  font: string,
): { markup: string; height: number } {
  const rowHeight = LEGEND_SIZE + 10
  let x = x0
  let y = y0 + rowHeight / 2
  const parts: string[] = []
  for (const item of items) {
    const w = 26 + 8 + textWidth(item.label, LEGEND_SIZE) + 22
    if (x > x0 && x + w > x0 + maxWidth) {
      x = x0
      y += rowHeight
    }
    parts.push(
      `<g>${swatch(item, x, y)}<text x="${x + 34}" y="${y}" dy="0.35em" font-family="${escapeXml(font)}" font-size="${LEGEND_SIZE}" fill="${escapeXml(color)}">${escapeXml(item.label)}</text></g>`,
    )
    x += w
  }
  return {
    markup: parts.join(''),
    height: items.length === 0 ? 0 : y - y0 + rowHeight / 2,
  }
}

/** Removes an XML declaration and a doctype so the chart can be nested. */
function nestable(svg: string): string {
  return svg
    .replace(/^\s*<\?xml[^>]*>\s*/, '')
    .replace(/<!DOCTYPE[^>]*>\s*/i, '')
}

export function composeExportSvg(spec: ExportFrameSpec): {
  svg: string
  width: number
  height: number
} {
  const { width, colors } = spec
  const font = escapeXml(spec.fontFamily)
  const lang = escapeXml(spec.lang)
  const inner = width - 2 * EXPORT_PADDING
  const parts: string[] = []
  let y = EXPORT_PADDING

  const titleLines = wrapText(
    spec.title,
    Math.floor(inner / (TITLE_SIZE * BOLD_CHAR_WIDTH)),
  )
  for (const line of titleLines) {
    y += TITLE_SIZE
    parts.push(
      `<text x="${EXPORT_PADDING}" y="${y}" font-family="${font}" font-size="${TITLE_SIZE}" font-weight="700" fill="${escapeXml(colors.text)}">${escapeXml(line)}</text>`,
    )
    y += 6
  }
  for (const line of wrapText(
    spec.subtitle,
    Math.floor(inner / (SUBTITLE_SIZE * CHAR_WIDTH)),
  )) {
    y += SUBTITLE_SIZE + 4
    parts.push(
      `<text x="${EXPORT_PADDING}" y="${y}" font-family="${font}" font-size="${SUBTITLE_SIZE}" fill="${escapeXml(colors.muted)}">${escapeXml(line)}</text>`,
    )
  }
  y += 12
  parts.push(
    `<g transform="translate(${EXPORT_PADDING} ${y})">${nestable(spec.chartSvg)}</g>`,
  )
  y += spec.chartHeight + 12
  const legend = layoutLegend(
    spec.legend,
    EXPORT_PADDING,
    y,
    inner,
    colors.text,
    spec.fontFamily,
  )
  parts.push(
    `<g aria-label="${escapeXml(spec.legendLabel)}">${legend.markup}</g>`,
  )
  y += legend.height + 14
  const small = Math.floor(inner / (SOURCE_SIZE * CHAR_WIDTH))
  for (const line of [
    ...spec.sourceLines.flatMap((l) => wrapText(l, small)),
    ...spec.footerLines.flatMap((l) => wrapText(l, small)),
  ]) {
    y += SOURCE_SIZE + 5
    parts.push(
      `<text x="${EXPORT_PADDING}" y="${y}" font-family="${font}" font-size="${SOURCE_SIZE}" fill="${escapeXml(colors.muted)}">${escapeXml(line)}</text>`,
    )
  }
  const height = Math.ceil(y + EXPORT_PADDING)
  const metadata = Object.entries(spec.metadata)
    .map(([k, v]) => `<meta name="${escapeXml(k)}" content="${escapeXml(v)}"/>`)
    .join('')
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${lang}" lang="${lang}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}" role="img" aria-labelledby="export-title" aria-describedby="export-desc">` +
    `<title id="export-title">${escapeXml(spec.title)}</title>` +
    `<desc id="export-desc">${escapeXml(spec.description)}</desc>` +
    `<metadata><truce-tracker xmlns="https://truce-tracker.example/ns">${metadata}</truce-tracker></metadata>` +
    `<rect width="100%" height="100%" fill="${escapeXml(colors.background)}"/>` +
    parts.join('') +
    `</svg>`
  return { svg, width, height }
}
