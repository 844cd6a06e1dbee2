/**
 * Partial trust (as OWID does): a problem inside one record drops that record,
 * listed in `dataset.dropped` and shown to the reader; a problem anywhere else
 * (file structure, meta, schema version) rejects the whole file. Too many
 * dropped records also reject it: a chart from mostly-dropped data misleads.
 */
import { DatasetError, type DatasetProblem } from '@/data/dataset-error'
import { validateDataset } from '@/data/validate-dataset'
import type { Dataset, DroppedRecord } from '@/domain/types'

/** Top-level arrays whose elements can be dropped one by one. */
const RECORD_ARRAYS = new Set([
  'sources',
  'series',
  'targets',
  'measures',
  'events',
])
/** Nested arrays whose elements can be dropped without dropping the parent. */
const NESTED: Readonly<Record<string, string>> = {
  series: 'points',
  measures: 'windows',
  targets: 'deadlines',
}

/** More dropped records than this, and the file is rejected whole. */
export const MAX_DROPPED_RECORDS = 50

type RecordPath =
  readonly [string, number] | readonly [string, number, string, number]

/** The smallest droppable record containing a problem, or undefined when none can be. */
export function recordPathOf(
  segments: readonly PropertyKey[],
): RecordPath | undefined {
  const [top, i, sub, j] = segments
  if (
    typeof top !== 'string' ||
    !RECORD_ARRAYS.has(top) ||
    typeof i !== 'number'
  )
    return undefined
  if (typeof sub === 'string' && NESTED[top] === sub && typeof j === 'number')
    return [top, i, sub, j]
  return [top, i]
}

type Json = Record<string, unknown>

function at(doc: Json, path: RecordPath): Json | undefined {
  const list = doc[path[0]] as Json[] | undefined
  const record = list?.[path[1]]
  if (path.length === 2) return record
  return ((record?.[path[2]] as Json[] | undefined) ?? [])[path[3]]
}

/** `series[3] "us-ieepa-fentanyl", points[1] (2025-03-04)` */
function describeRecord(doc: Json, path: RecordPath): string {
  const parent = (doc[path[0]] as Json[] | undefined)?.[path[1]]
  const id =
    typeof parent?.id === 'string' ? ` "${parent.id.slice(0, 80)}"` : ''
  const head = `${path[0]}[${path[1]}]${id}`
  if (path.length === 2) return head
  const child = at(doc, path)
  const label =
    typeof child?.date === 'string'
      ? ` (${child.date.slice(0, 10)})`
      : typeof child?.start === 'string'
        ? ` (from ${child.start.slice(0, 10)})`
        : ''
  return `${head}, ${path[2]}[${path[3]}]${label}`
}

function remove(doc: Json, path: RecordPath): void {
  if (path.length === 2) (doc[path[0]] as unknown[]).splice(path[1], 1)
  else
    ((doc[path[0]] as Json[])[path[1]]![path[2]] as unknown[]).splice(
      path[3],
      1,
    )
}

/** Drops invalid records (repeatedly, as dropping can orphan others) and validates the rest. */
export function validateDatasetLenient(json: unknown): Dataset {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return validateDataset(json)
  // A clean file (the usual case) is validated once, without copying it.
  try {
    return validateDataset(json)
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error
  }
  const doc = structuredClone(json) as Json
  const dropped: DroppedRecord[] = []
  for (let round = 0; round < 8; round++) {
    let error: DatasetError
    try {
      const dataset = validateDataset(doc)
      return { ...dataset, dropped }
    } catch (e) {
      if (!(e instanceof DatasetError)) throw e
      error = e
    }
    const groups = new Map<
      string,
      { path: RecordPath; problems: DatasetProblem[] }
    >()
    for (const problem of error.problems) {
      const path = problem.segments ? recordPathOf(problem.segments) : undefined
      // A problem outside any record (structure, meta): the file cannot be trusted at all.
      if (path === undefined)
        throw round === 0 ? error : withDropped(error, dropped)
      const key = path.join('/')
      const group = groups.get(key) ?? { path, problems: [] }
      group.problems.push(problem)
      groups.set(key, group)
    }
    // A nested record whose parent is dropped too goes with the parent.
    const paths = [...groups.values()].filter(
      (g) => g.path.length === 2 || !groups.has(`${g.path[0]}/${g.path[1]}`),
    )
    if (dropped.length + paths.length > MAX_DROPPED_RECORDS)
      throw new DatasetError(
        error.kind,
        `More than ${MAX_DROPPED_RECORDS} records are invalid, too many to show the rest`,
        {
          problems: error.problems,
          text: {
            key: 'status.error.tooManyInvalid',
            values: { max: MAX_DROPPED_RECORDS },
          },
        },
      )
    for (const g of paths)
      dropped.push({
        record: describeRecord(doc, g.path),
        reasons: g.problems.map((p) => `${p.path}: ${p.message}`),
      })
    paths
      .map((g) => g.path)
      .sort((a, b) =>
        a[0] === b[0]
          ? b[1] - a[1] || (b[3] ?? -1) - (a[3] ?? -1)
          : a[0].localeCompare(b[0]),
      )
      .forEach((path) => remove(doc, path))
  }
  throw new DatasetError(
    'semantic',
    'The dataset could not be repaired by dropping invalid records',
    { text: { key: 'status.error.unrepairable' } },
  )
}

function withDropped(
  error: DatasetError,
  dropped: readonly DroppedRecord[],
): DatasetError {
  return new DatasetError(
    error.kind,
    `${error.message} (after dropping ${dropped.length} invalid record${dropped.length === 1 ? '' : 's'})`,
    {
      problems: [
        ...error.problems,
        ...dropped.map((d) => ({ path: '', message: `dropped ${d.record}` })),
      ],
      ...(error.text && {
        text: { ...error.text, afterDropping: dropped.length },
      }),
    },
  )
}
