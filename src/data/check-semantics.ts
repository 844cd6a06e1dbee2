/**
 * Checks a schema-valid dataset for contradictions the schema cannot express:
 * unknown or duplicate ids, reversed windows, absurd values, observations dated
 * after the as-of date, and the source rules (src/data/check-sources.ts).
 */
import { checkSources } from '@/data/check-sources'
import { type DatasetProblem, formatJsonPath } from '@/data/dataset-error'
import type { RawDataset, RawSeries } from '@/data/schema'
import type { Unit } from '@/domain/vocabulary'

/** Largest believable value per unit; above it a value is a typo, not data. */
const MAX_VALUE: Record<Unit, number> = {
  pct: 1000,
  Mt: 1000,
  t: 10_000_000,
  'usd-bn': 10_000,
}

type Path = readonly PropertyKey[]

export function checkSemantics(data: RawDataset): DatasetProblem[] {
  const problems: DatasetProblem[] = []
  const add = (path: Path, message: string): void => {
    problems.push({ path: formatJsonPath(path), message, segments: path })
  }
  const asOf = data.meta.asOf
  const sourceIds = new Set(data.sources.map((s) => s.id))
  const seriesIds = new Set(data.series.map((s) => s.id))

  const checkRefs = (refs: readonly string[], path: Path): void => {
    refs.forEach((ref, i) => {
      if (!sourceIds.has(ref)) add([...path, i], `unknown source id "${ref}"`)
    })
  }
  const checkUnique = (
    items: readonly { id: string }[],
    path: Path,
    what: string,
  ): void => {
    const seen = new Map<string, number>()
    items.forEach((item, i) => {
      const first = seen.get(item.id)
      if (first === undefined) seen.set(item.id, i)
      else
        add(
          [...path, i, 'id'],
          `duplicate ${what} id "${item.id}" (first at ${formatJsonPath([...path, first])})`,
        )
    })
  }

  if (data.meta.checkedOn < asOf)
    add(['meta', 'checkedOn'], `is before meta.asOf (${asOf})`)

  checkUnique(data.sources, ['sources'], 'source')
  checkSources(data, add)
  checkUnique(data.series, ['series'], 'series')
  checkUnique(data.targets, ['targets'], 'target')
  checkUnique(data.measures, ['measures'], 'measure')
  checkUnique(data.events, ['events'], 'event')

  data.series.forEach((series, si) => {
    checkSeries(series, ['series', si], asOf, add)
    // Plain loops and paths built only for a problem: series can have 100k points.
    const points = series.points
    for (let pi = 0; pi < points.length; pi++) {
      const refs = points[pi]!.sources
      for (let i = 0; i < refs.length; i++)
        if (!sourceIds.has(refs[i]!))
          add(
            ['series', si, 'points', pi, 'sources', i],
            `unknown source id "${refs[i]}"`,
          )
    }
  })

  data.targets.forEach((target, ti) => {
    const path = ['targets', ti] as const
    checkRefs(target.sources, [...path, 'sources'])
    checkUnique(target.deadlines, [...path, 'deadlines'], 'deadline')
    if (target.value > MAX_VALUE[target.unit])
      add(
        [...path, 'value'],
        `${target.value} ${target.unit} is not believable`,
      )
    target.deadlines.forEach((d, di) => {
      checkRefs(d.sources, [...path, 'deadlines', di, 'sources'])
      if (d.date < target.start)
        add(
          [...path, 'deadlines', di, 'date'],
          `deadline ${d.date} is before the target's start ${target.start}`,
        )
    })
    target.trackedBy.forEach((id, i) => {
      if (!seriesIds.has(id))
        add([...path, 'trackedBy', i], `unknown series id "${id}"`)
    })
  })

  data.measures.forEach((measure, mi) => {
    const path = ['measures', mi] as const
    checkRefs(measure.sources, [...path, 'sources'])
    measure.windows.forEach((w, wi) => {
      const wp = [...path, 'windows', wi] as const
      checkRefs(w.sources, [...wp, 'sources'])
      if (w.end !== null && w.end < w.start)
        add(
          [...wp, 'end'],
          `window ends (${w.end}) before it starts (${w.start})`,
        )
      if (w.end === null && w.endStatus !== 'open')
        add([...wp, 'endStatus'], 'a window without an end must be "open"')
      if (w.end !== null && w.endStatus === 'open')
        add(
          [...wp, 'endStatus'],
          `window has an end (${w.end}) but is marked "open"`,
        )
      if (w.end !== null && w.end > asOf && w.endStatus !== 'scheduled')
        add(
          [...wp, 'endStatus'],
          `ends ${w.end}, after meta.asOf (${asOf}): must be "scheduled", not "${w.endStatus}"`,
        )
      if (w.start > asOf && w.state !== 'scheduled')
        add(
          [...wp, 'state'],
          `starts ${w.start}, after meta.asOf (${asOf}): must be "scheduled"`,
        )
    })
  })

  data.events.forEach((event, ei) => {
    const path = ['events', ei] as const
    checkRefs(event.sources, [...path, 'sources'])
    if (event.endDate !== undefined && event.endDate < event.date)
      add(
        [...path, 'endDate'],
        `ends (${event.endDate}) before it starts (${event.date})`,
      )
    if (event.date > asOf && event.scheduled !== true)
      add(
        [...path, 'scheduled'],
        `dated ${event.date}, after meta.asOf (${asOf}): must be scheduled`,
      )
  })

  return problems
}

function checkSeries(
  series: RawSeries,
  path: Path,
  asOf: string,
  add: (path: Path, message: string) => void,
): void {
  const max = MAX_VALUE[series.unit]
  const points = series.points
  const pp = (pi: number, field: string): Path => [...path, 'points', pi, field]
  for (let pi = 0; pi < points.length; pi++) {
    const p = points[pi]!
    const previous = pi > 0 ? points[pi - 1] : undefined
    if (previous !== undefined && p.date < previous.date)
      add(
        pp(pi, 'date'),
        `${p.date} is before the previous point (${previous.date}); points must be in date order`,
      )
    // The first of value, low, high, suspendedValue out of bounds, if any.
    const bad = outOfBounds(p.value, max)
      ? p.value
      : p.low !== undefined && outOfBounds(p.low, max)
        ? p.low
        : p.high !== undefined && outOfBounds(p.high, max)
          ? p.high
          : p.suspendedValue !== undefined && outOfBounds(p.suspendedValue, max)
            ? p.suspendedValue
            : undefined
    if (bad !== undefined)
      add(
        pp(pi, 'value'),
        bad < 0
          ? `negative value ${bad} ${series.unit}`
          : `${bad} ${series.unit} is not believable (max ${max})`,
      )
    if (p.low !== undefined && p.high !== undefined && p.low > p.high)
      add(pp(pi, 'low'), `low (${p.low}) is above high (${p.high})`)
    if (p.date > asOf && p.status !== 'scheduled')
      add(
        pp(pi, 'status'),
        `dated ${p.date}, after meta.asOf (${asOf}): must be "scheduled", not "${p.status}"`,
      )
    if (p.suspendedUntil !== undefined && p.suspendedUntil < p.date)
      add(pp(pi, 'suspendedUntil'), `is before the point's date (${p.date})`)
  }
}

function outOfBounds(v: number, max: number): boolean {
  return v < 0 || v > max
}
