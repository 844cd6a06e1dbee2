/**
 * The Chinese text of a dataset (the `zh` objects, src/data/schema-zh.ts),
 * checked by `npm run data:check`, not by the app: a user's dataset without
 * Chinese still loads and reads in English. Every `zh` field must translate an
 * English field the record has, and be Chinese (at least one CJK character);
 * with `requireZh`, every series, target, deadline, measure, event and gap and
 * the meta must have their Chinese label (`text` for a gap, `title` for meta).
 */
import type { DatasetProblem } from '@/data/dataset-error'
import type { RawDataset } from '@/data/schema'
import { hasCjk } from '@/domain/localized'

export interface CheckZhOptions {
  /** Every labelled record must have its Chinese label (the shipped dataset). */
  requireZh: boolean
}

interface Translated {
  readonly zh?: object | undefined
}

type Add = (path: string, message: string) => void

/** Checks one record; `required` names its Chinese label field. */
function checkRecord(
  record: Translated,
  where: string,
  required: string | undefined,
  add: Add,
): void {
  const english = record as Record<string, unknown>
  const zh = record.zh as Record<string, unknown> | undefined
  if (zh === undefined) {
    if (required !== undefined)
      add(where, `no Chinese ${required} (zh.${required})`)
    return
  }
  for (const [field, value] of Object.entries(zh)) {
    if (english[field] === undefined) {
      add(where, `zh.${field} has no English "${field}" to translate`)
      continue
    }
    const texts: unknown[] = Array.isArray(value) ? value : [value]
    texts.forEach((text, i) => {
      if (typeof text === 'string' && !hasCjk(text))
        add(
          where,
          `zh.${field}${Array.isArray(value) ? `[${i}]` : ''} has no Chinese character: ${JSON.stringify(text.slice(0, 60))}`,
        )
    })
  }
}

const named = (list: string, i: number, id: string) => `${list}[${i}] "${id}"`

export function checkZh(
  data: RawDataset,
  { requireZh }: CheckZhOptions,
): DatasetProblem[] {
  const problems: DatasetProblem[] = []
  const add: Add = (path, message) => problems.push({ path, message })
  const need = (field: string) => (requireZh ? field : undefined)

  checkRecord(data.meta, 'meta', need('title'), add)
  data.meta.gaps.forEach((gap, i) =>
    checkRecord(gap, `meta.${named('gaps', i, gap.id)}`, need('text'), add),
  )
  data.series.forEach((series, si) => {
    const where = named('series', si, series.id)
    checkRecord(series, where, need('label'), add)
    series.points.forEach((point, pi) =>
      checkRecord(
        point,
        `${where}, points[${pi}] (${point.date})`,
        undefined,
        add,
      ),
    )
  })
  data.targets.forEach((target, ti) => {
    const where = named('targets', ti, target.id)
    checkRecord(target, where, need('label'), add)
    target.deadlines.forEach((deadline, di) =>
      checkRecord(
        deadline,
        `${where}, ${named('deadlines', di, deadline.id)}`,
        need('label'),
        add,
      ),
    )
  })
  data.measures.forEach((measure, mi) => {
    const where = named('measures', mi, measure.id)
    checkRecord(measure, where, need('label'), add)
    measure.windows.forEach((window, wi) =>
      checkRecord(
        window,
        `${where}, windows[${wi}] (from ${window.start})`,
        undefined,
        add,
      ),
    )
  })
  data.events.forEach((event, ei) =>
    checkRecord(event, named('events', ei, event.id), need('label'), add),
  )
  return problems
}
