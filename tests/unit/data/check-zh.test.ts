/** The Chinese text rules of `npm run data:check`, one record kind and one rule per row. */
import { describe, expect, it } from 'vitest'

import { checkZh } from '@/data/check-zh'
import type { RawDataset } from '@/data/schema'
import {
  makeDataset,
  makeEvent,
  makeMeasure,
  makePoint,
  makeSeries,
  makeTarget,
} from '../../fixtures/builders'

/** The fixture dataset with Chinese on every record that needs it. */
function translated(): RawDataset {
  const d = makeDataset()
  const target = makeTarget()
  return {
    ...d,
    meta: {
      ...d.meta,
      zh: { title: '测试数据集', description: '用于测试的小型数据集。' },
      gaps: d.meta.gaps.map((g) => ({
        ...g,
        zh: { text: '截止日后无数据。' },
      })),
    },
    series: d.series.map((s) => ({ ...s, zh: { label: '系列' } })),
    targets: [
      {
        ...target,
        zh: { label: '目标' },
        deadlines: target.deadlines.map((dl) => ({
          ...dl,
          zh: { label: '期限' },
        })),
      },
    ],
    measures: [makeMeasure({ zh: { label: '镓、锗、锑对美出口禁令' } })],
    events: [makeEvent({ zh: { label: '釜山会晤' } })],
  }
}

const lines = (data: RawDataset, requireZh = true) =>
  checkZh(data, { requireZh }).map((p) => `${p.path}: ${p.message}`)

describe(checkZh, () => {
  it('passes a dataset with every Chinese label', () => {
    expect(lines(translated())).toEqual([])
  })

  it('lists every missing label when required, none when not', () => {
    expect(lines(makeDataset())).toEqual([
      'meta: no Chinese title (zh.title)',
      'meta.gaps[0] "after-asof": no Chinese text (zh.text)',
      'series[0] "us-ieepa-fentanyl": no Chinese label (zh.label)',
      'series[1] "soy-usda-contracts": no Chinese label (zh.label)',
      'targets[0] "soy-12mt": no Chinese label (zh.label)',
      'targets[0] "soy-12mt", deadlines[0] "end-2025": no Chinese label (zh.label)',
      'targets[0] "soy-12mt", deadlines[1] "end-feb-2026": no Chinese label (zh.label)',
      'measures[0] "mofcom-2024-46-us-ban": no Chinese label (zh.label)',
      'events[0] "busan-summit": no Chinese label (zh.label)',
    ])
    expect(lines(makeDataset(), false)).toEqual([])
  })

  // [what, how to change the translated fixture, the one expected line ('' for none)]
  it.each<[string, (d: RawDataset) => RawDataset, string]>([
    [
      'an event without zh',
      (d) => ({ ...d, events: [makeEvent()] }),
      'events[0] "busan-summit": no Chinese label (zh.label)',
    ],
    [
      'a label in English',
      (d) => ({ ...d, events: [makeEvent({ zh: { label: 'Busan' } })] }),
      'events[0] "busan-summit": zh.label has no Chinese character: "Busan"',
    ],
    [
      'a Chinese note without an English note',
      (d) => ({
        ...d,
        events: [makeEvent({ zh: { label: '釜山', description: '会晤' } })],
        measures: [makeMeasure({ zh: { label: '禁令', note: '注' } })],
      }),
      'measures[0] "mofcom-2024-46-us-ban": zh.note has no English "note" to translate',
    ],
    [
      'an item in English',
      (d) => ({
        ...d,
        measures: [
          makeMeasure({
            zh: { label: '禁令', items: ['镓', '锗', 'antimony', '超硬材料'] },
          }),
        ],
      }),
      'measures[0] "mofcom-2024-46-us-ban": zh.items[2] has no Chinese character: "antimony"',
    ],
    [
      'a point note in Chinese without an English note',
      (d) => ({
        ...d,
        series: [
          makeSeries({
            zh: { label: '系列' },
            points: [makePoint({ zh: { note: '注' } })],
          }),
        ],
      }),
      'series[0] "us-ieepa-fentanyl", points[0] (2025-11-10): zh.note has no English "note" to translate',
    ],
    [
      'a point conflict not in Chinese',
      (d) => ({
        ...d,
        series: [
          makeSeries({
            zh: { label: '系列' },
            points: [makePoint({ conflict: 'other', zh: { conflict: '12%' } })],
          }),
        ],
      }),
      'series[0] "us-ieepa-fentanyl", points[0] (2025-11-10): zh.conflict has no Chinese character: "12%"',
    ],
    [
      'a window note without an English note',
      (d) => {
        const m = makeMeasure({ zh: { label: '禁令' } })
        const [first, ...rest] = m.windows
        return {
          ...d,
          measures: [
            { ...m, windows: [{ ...first!, zh: { note: '注' } }, ...rest] },
          ],
        }
      },
      'measures[0] "mofcom-2024-46-us-ban", windows[0] (from 2024-12-03): zh.note has no English "note" to translate',
    ],
    [
      'a series method without an English method',
      (d) => ({
        ...d,
        series: [makeSeries({ zh: { label: '系列', method: '加权平均' } })],
      }),
      'series[0] "us-ieepa-fentanyl": zh.method has no English "method" to translate',
    ],
    [
      'a series layer in Chinese',
      (d) => ({
        ...d,
        series: [makeSeries({ zh: { label: '系列', layer: '芬太尼关税' } })],
      }),
      '',
    ],
    [
      'a deadline without zh',
      (d) => ({
        ...d,
        targets: d.targets.map((t) => ({
          ...t,
          deadlines: t.deadlines.map((dl, i) =>
            i === 1 ? { ...dl, zh: undefined } : dl,
          ),
        })),
      }),
      'targets[0] "soy-12mt", deadlines[1] "end-feb-2026": no Chinese label (zh.label)',
    ],
    [
      'a gap in English',
      (d) => ({
        ...d,
        meta: {
          ...d.meta,
          gaps: d.meta.gaps.map((g) => ({ ...g, zh: { text: 'none' } })),
        },
      }),
      'meta.gaps[0] "after-asof": zh.text has no Chinese character: "none"',
    ],
    [
      'meta without zh',
      (d) => ({ ...d, meta: { ...d.meta, zh: undefined } }),
      'meta: no Chinese title (zh.title)',
    ],
  ])('%s', (_name, change, expected) => {
    expect(lines(change(translated()))).toEqual(expected ? [expected] : [])
  })

  it('checks the Chinese that is there even when none is required', () => {
    const d = translated()
    expect(
      lines({ ...d, events: [makeEvent({ zh: { label: 'Busan' } })] }, false),
    ).toEqual([
      'events[0] "busan-summit": zh.label has no Chinese character: "Busan"',
    ])
  })
})
