import { readFileSync } from 'node:fs'

import { beforeEach, describe, expect, it, vi } from 'vitest'

import type { ExportContext } from '@/app/export-context'
import {
  buildExportPng,
  buildExportSvg,
  EXPORT_FONT_FAMILY,
  prepareExport,
} from '@/app/export-pipeline'
import { validateDataset } from '@/data/validate-dataset'
import { presetRange } from '@/domain/date-range'
import { allFigures } from '../../fixtures/figures'
import { DEFAULT_FILTERS } from '@/domain/filters'
import { ROLE_COLORS } from '@/domain/palette'
import { svgToPngBlob } from '@/lib/rasterize'

import { en, zh } from '../../lang'
import { TEST_NOW } from '../../render'

// jsdom has no canvas: the rasterizer is replaced, the SVG side runs for real.
vi.mock('@/lib/rasterize', () => ({
  svgToPngBlob: vi.fn(
    async (_svg: string, width: number, height: number, scale: number) => ({
      blob: new Blob(['png']),
      width: width * scale,
      height: height * scale,
      scale,
    }),
  ),
}))
const rasterize = vi.mocked(svgToPngBlob)

const dataset = validateDataset(
  JSON.parse(readFileSync('data/commitments.json', 'utf8')),
)

/** A fresh figure model each time, as after a filter change: a new cache key. */
function pausesFigure() {
  const figure = allFigures(dataset, DEFAULT_FILTERS, TEST_NOW)
    .flatMap((g) => g.figures)
    .find((f) => f.kind === 'pauses')
  if (!figure) throw new Error('the bundled dataset has no pause figure')
  return figure
}

const light: ExportContext = {
  dataset,
  filters: DEFAULT_FILTERS,
  theme: 'light',
  lang: en,
}

beforeEach(() => {
  rasterize.mockClear()
  window.history.replaceState(null, '', '/?v=1')
})

// Each compose renders a chart in jsdom: slow on a busy machine.
describe('export cache', { timeout: 30_000 }, () => {
  it('composes a figure’s SVG once while nothing drawn into it changes', async () => {
    const figure = pausesFigure()
    const first = buildExportSvg(figure, light, en)
    expect(buildExportSvg(figure, { ...light }, en)).toBe(first)
    const { svg } = await first
    expect(svg).toContain(`<title id="export-title">`)
    expect(svg).toContain('Data as of 2026-06-29')
    expect(svg).toContain('?v=1')
  })

  it('composes again for another theme, page URL, filters or figure model', async () => {
    const figure = pausesFigure()
    const first = buildExportSvg(figure, light, en)
    await first

    const dark = buildExportSvg(figure, { ...light, theme: 'dark' }, en)
    expect(dark).not.toBe(first)
    expect((await dark).svg).toContain(`fill="${ROLE_COLORS.dark.background}"`)

    window.history.replaceState(null, '', '/?v=2')
    const moved = buildExportSvg(figure, { ...light, theme: 'dark' }, en)
    expect(moved).not.toBe(dark)
    expect((await moved).svg).toContain('?v=2')

    // Same theme and URL as `moved`: only the filters differ, and their range
    // is drawn into the subtitle.
    const filtered = buildExportSvg(
      figure,
      {
        ...light,
        theme: 'dark',
        filters: { ...DEFAULT_FILTERS, range: presetRange('busan-deal') },
      },
      en,
    )
    expect(filtered).not.toBe(moved)
    expect((await filtered).svg).toContain('2025-10-01 to 2026-02-28')
    expect((await moved).svg).not.toContain('2025-10-01 to 2026-02-28')

    const other = pausesFigure()
    expect(buildExportSvg(other, light, en)).not.toBe(
      buildExportSvg(figure, light, en),
    )
  })

  it('rasterizes once per scale and passes the theme background', async () => {
    const figure = pausesFigure()
    const two = await buildExportPng(figure, light, 2, en)
    expect(await buildExportPng(figure, light, 2, en)).toBe(two)
    expect(rasterize).toHaveBeenCalledTimes(1)
    expect(rasterize.mock.calls[0]![4]).toBe(ROLE_COLORS.light.background)
    await buildExportPng(figure, light, 4, en)
    expect(rasterize).toHaveBeenCalledTimes(2)
    expect(rasterize.mock.calls[1]![3]).toBe(4)
  })

  it('does not keep a failed PNG: the next export tries again', async () => {
    const figure = pausesFigure()
    rasterize.mockRejectedValueOnce(new Error('canvas exploded'))
    await expect(buildExportPng(figure, light, 2, en)).rejects.toThrow(
      'canvas exploded',
    )
    await expect(buildExportPng(figure, light, 2, en)).resolves.toMatchObject({
      scale: 2,
    })
    expect(rasterize).toHaveBeenCalledTimes(2)
  })

  it('prepares the PNG ahead, so the export that follows finds it', async () => {
    const figure = pausesFigure()
    prepareExport(figure, light, 2, en)
    expect(rasterize).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(rasterize).toHaveBeenCalledTimes(1))
    await buildExportPng(figure, light, 2, en)
    expect(rasterize).toHaveBeenCalledTimes(1)
  })

  it('hands the image over before tearing its off-screen chart down, then leaves nothing behind', async () => {
    const offScreen = () =>
      [...document.body.children].filter(
        (el) => el instanceof HTMLElement && el.style.left === '-20000px',
      )
    // An earlier test's chart may still be waiting for its teardown.
    await vi.waitFor(() => expect(offScreen()).toEqual([]))
    await buildExportSvg(pausesFigure(), light, en)
    // The teardown (14-19 ms in Chromium) waits for idle, after the download.
    expect(offScreen()).toHaveLength(1)
    await vi.waitFor(() => expect(offScreen()).toEqual([]))
  })

  it('composes again in another language, every text of the image in it', async () => {
    const figure = pausesFigure()
    const english = buildExportSvg(figure, light, en)
    const chinese = buildExportSvg(figure, light, zh)
    expect(chinese).not.toBe(english)
    expect(buildExportSvg(figure, light, zh)).toBe(chinese)
    const { svg } = await chinese
    expect(svg).toMatch(/^<svg [^>]*xml:lang="zh-CN" lang="zh-CN"/)
    expect(svg).toContain('数据截至2026-06-29')
    expect(svg).toContain('aria-label="图例"')
    expect(svg).toMatch(/>来源：[^<]+</)
    expect(svg).not.toMatch(/>Data as of \d/)
    expect(svg).not.toContain('Sources:')
    // The chart's own texts too get the stack with CJK faces.
    const fonts = [...svg.matchAll(/font-family="([^"]+)"/g)].map((m) =>
      m[1]!.replaceAll('&apos;', "'"),
    )
    expect(fonts.length).toBeGreaterThan(5)
    expect(new Set(fonts)).toEqual(new Set([EXPORT_FONT_FAMILY]))
    expect(EXPORT_FONT_FAMILY).toMatch(/'Noto Sans CJK SC'.*, sans-serif$/)
    const { svg: englishSvg } = await english
    expect(englishSvg).toMatch(/^<svg [^>]*xml:lang="en" lang="en"/)
    expect(englishSvg).toContain('aria-label="Legend"')
  })
})
