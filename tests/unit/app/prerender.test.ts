import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseDatasetText } from '@/data/validate-dataset'
import { datasetFingerprint } from '@/domain/fingerprint'
import { prerenderDefaultView } from '@/prerender'

const SHIPPED = readFileSync(
  new URL('../../../data/commitments.json', import.meta.url),
  'utf8',
)
const NOW = Date.parse('2026-11-29T10:00:00Z')

describe('prerenderDefaultView (build-time HTML of the default view)', () => {
  const { html, fingerprint } = prerenderDefaultView(SHIPPED, NOW)

  it.each([
    ['the page heading', '<h1>Truce Tracker</h1>'],
    ['the as-of stamp', 'Data as of 2026-06-29'],
    ['each commodity section', 'id="section-tariffs"'],
    ['each commodity section', 'id="section-rare-earths"'],
    ['each commodity section', 'id="section-soybeans"'],
    ['the filters', 'aria-label="Filters"'],
    ['the At a glance region', '<h2 id="glance-heading">At a glance</h2>'],
    [
      'the freshness line',
      'The data stop at 29 Jun 2026, 153 days ago; later dates are scheduled, not observed.',
    ],
    ['the sources list', 'id="sources"'],
    ['chart placeholders that hold the chart height', 'height="380"'],
    [
      'controls switched off until hydrated',
      '<fieldset class="page-controls" disabled="">',
    ],
  ])('contains %s', (_what, text) => {
    expect(html).toContain(text)
  })

  it('has one <figure> per figure of the default view, each with a title', () => {
    const figures = html.match(/<figure /g) ?? []
    expect(figures.length).toBe(10)
    expect(html.match(/class="chart-frame__title"/g)).toHaveLength(10)
  })

  it('has the six At a glance cards, each with a verdict and a figure link', () => {
    const cards = html.match(/<li class="glance-card /g) ?? []
    expect(cards).toHaveLength(6)
    expect(html.match(/>See the figure</g)).toHaveLength(6)
  })

  it.each([
    ['a loading message', /Loading the dataset/i],
    ['an error alert', /role="alert"/],
    [
      'a style attribute, which the CSP (style-src self) would block',
      /style="/,
    ],
    ['a script', /<script/],
  ])('contains no %s', (_what, pattern) => {
    expect(html).not.toMatch(pattern)
  })

  it('is deterministic for one dataset and time, and depends on the time', () => {
    expect(prerenderDefaultView(SHIPPED, NOW).html).toBe(html)
    const later = prerenderDefaultView(SHIPPED, NOW + 40 * 86_400_000).html
    expect(later).not.toBe(html)
  })

  it('fingerprints the dataset it rendered: the same file gives the same one, another file another', () => {
    expect(fingerprint).toBe(datasetFingerprint(parseDatasetText(SHIPPED)))
    const edited = SHIPPED.replace('"version": "', '"version": "edited-')
    expect(edited).not.toBe(SHIPPED)
    expect(prerenderDefaultView(edited, NOW).fingerprint).not.toBe(fingerprint)
  })

  it('rejects a dataset that does not validate, naming the problem', () => {
    const broken = SHIPPED.replace('"asOf": "2026-06-29"', '"asOf": "29/06"')
    expect(broken).not.toBe(SHIPPED)
    expect(() => prerenderDefaultView(broken, NOW)).toThrow(/meta\.asOf/)
  })
})
