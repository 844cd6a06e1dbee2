/**
 * The shipped dataset's contract: it passes the app's own validation, every
 * record is sourced with an http(s) URL, and the published JSON Schema matches
 * the zod schema it is generated from.
 */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import * as zhSchemas from '@/data/schema-zh'
import { parseDatasetText } from '@/data/validate-dataset'
import { COMMODITIES } from '@/domain/commodities'
import { SOURCE_KINDS } from '@/domain/vocabulary'
import { hasCjk } from '@/domain/localized'
import { isSafeHttpUrl } from '@/domain/urls'
import {
  JSON_SCHEMA_PATH,
  buildJsonSchemaText,
} from '../../scripts/json-schema'

const text = readFileSync('data/commitments.json', 'utf8')
const dataset = parseDatasetText(text)

describe('data/commitments.json', () => {
  it('passes the schema and the semantic checks', () => {
    expect(dataset.schemaVersion).toBe(2)
  })

  it('links every source with an http(s) URL', () => {
    const bad = Object.values(dataset.sources).filter(
      (s) => !isSafeHttpUrl(s.url),
    )
    expect(bad.map((s) => s.id)).toEqual([])
  })

  it('gives every source a kind, and every syndicated copy its original outlet', () => {
    const sources = Object.values(dataset.sources)
    expect(
      sources.filter((s) => !SOURCE_KINDS.includes(s.kind)).map((s) => s.id),
    ).toEqual([])
    expect(
      sources.filter((s) => s.kind === 'syndicated' && !s.via).map((s) => s.id),
    ).toEqual([])
  })

  it('never shows a copy under the outlet it copies', () => {
    // "X (Reuters)" or "BBC via WPInitiate" as a publisher hides which is the original.
    const named = Object.values(dataset.sources).filter((s) =>
      /\((Reuters|AP|Bloomberg|AFP|Xinhua|BBC)\)| via /.test(s.publisher),
    )
    expect(named.map((s) => s.publisher)).toEqual([])
    expect(
      Object.values(dataset.sources).filter((s) =>
        s.url.includes('wpinitiate.com'),
      ),
    ).toEqual([])
  })

  it('uses every source it lists', () => {
    const used = new Set<string>()
    const add = (ids: readonly string[]) => ids.forEach((id) => used.add(id))
    dataset.series.forEach((s) => s.points.forEach((p) => add(p.sourceIds)))
    dataset.targets.forEach((t) => {
      add(t.sourceIds)
      t.deadlines.forEach((d) => add(d.sourceIds))
    })
    dataset.measures.forEach((m) => {
      add(m.sourceIds)
      m.windows.forEach((w) => add(w.sourceIds))
    })
    dataset.events.forEach((e) => add(e.sourceIds))
    expect(Object.keys(dataset.sources).filter((id) => !used.has(id))).toEqual(
      [],
    )
  })

  it.each(COMMODITIES)('has data for %s', (commodity) => {
    const records =
      dataset.series.filter((s) => s.commodity === commodity).length +
      dataset.measures.filter((m) => m.commodity === commodity).length
    expect(records).toBeGreaterThan(0)
  })

  it('gives every record its Chinese label, in Chinese', () => {
    const { meta, series, targets, measures, events } = dataset
    const labelled: [string, string | undefined][] = [
      ['meta', meta.zh?.title],
      ...meta.gaps.map((g): [string, string | undefined] => [g.id, g.zh?.text]),
      ...[...series, ...targets, ...measures, ...events].map(
        (r): [string, string | undefined] => [r.id, r.zh?.label],
      ),
      ...targets.flatMap((t) =>
        t.deadlines.map((d): [string, string | undefined] => [
          `${t.id} ${d.id}`,
          d.zh?.label,
        ]),
      ),
    ]
    expect(labelled.length).toBeGreaterThan(100)
    expect(
      labelled.filter(([, zh]) => zh === undefined || !hasCjk(zh)),
    ).toEqual([])
  })

  it('gives every English display field its Chinese twin', () => {
    /** The display fields of a zh object, read from its schema. */
    const fields = (schema: { unwrap: () => { shape: object } }) =>
      Object.keys(schema.unwrap().shape)
    const untranslated: string[] = []
    const check = (
      what: string,
      record: { zh?: object },
      schema: { unwrap: () => { shape: object } },
    ) => {
      const english = record as Record<string, unknown>
      const zh = (record.zh ?? {}) as Record<string, unknown>
      for (const field of fields(schema))
        if (english[field] !== undefined && zh[field] === undefined)
          untranslated.push(`${what}.${field}`)
    }
    const { meta, series, targets, measures, events } = dataset
    check('meta', meta, zhSchemas.metaZh)
    meta.gaps.forEach((g) => check(g.id, g, zhSchemas.gapZh))
    series.forEach((s) => {
      check(s.id, s, zhSchemas.seriesZh)
      s.points.forEach((p, i) => check(`${s.id}[${i}]`, p, zhSchemas.pointZh))
    })
    targets.forEach((t) => {
      check(t.id, t, zhSchemas.labelZh('target'))
      t.deadlines.forEach((d) => check(d.id, d, zhSchemas.labelZh('deadline')))
    })
    measures.forEach((m) => {
      check(m.id, m, zhSchemas.measureZh)
      m.windows.forEach((w, i) => check(`${m.id}[${i}]`, w, zhSchemas.windowZh))
    })
    events.forEach((e) => check(e.id, e, zhSchemas.eventZh))
    expect(untranslated).toEqual([])
  })

  it('marks everything after the as-of date as scheduled', () => {
    const asOf = dataset.meta.asOfMs
    const late = dataset.series.flatMap((s) =>
      s.points
        .filter((p) => p.dateMs > asOf && p.status !== 'scheduled')
        .map(() => s.id),
    )
    expect(late).toEqual([])
  })
})

describe(JSON_SCHEMA_PATH, () => {
  it('is up to date with src/data/schema.ts (run `npm run data:schema`)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(buildJsonSchemaText())
  })
})
