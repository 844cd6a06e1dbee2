/**
 * A fast path for the bulk of a large file: its points. zod checks a 100k-point
 * file in hundreds of milliseconds (no JIT under our CSP), so each point is
 * first checked by hand against the same rules (the same zod checks, memoised,
 * for dates and ids). Only a file whose every point passes skips zod for its
 * points; any other file goes through the full schema, so every error message
 * and JSON path still comes from zod.
 */
import { z } from 'zod'

import {
  id,
  isoDate,
  rawDatasetSchema,
  rawPointSchema,
  rawSeriesSchema,
  text,
} from '@/data/schema'
import { pointZh } from '@/data/schema-zh'
import { memoize } from '@/domain/lazy'
import { DATE_PRECISIONS, POINT_STATUSES } from '@/domain/vocabulary'

const POINT_KEYS: ReadonlySet<string> = new Set(
  Object.keys(rawPointSchema.shape),
)
const PRECISIONS: ReadonlySet<unknown> = new Set(DATE_PRECISIONS)
const STATUSES: ReadonlySet<unknown> = new Set(POINT_STATUSES)

/**
 * The full schema with each points list taken as it is, not walked element by
 * element (zod's per-element work is what costs): only for files whose every
 * point passed `pointChecker`.
 */
export const rawDatasetSchemaPrecheckedPoints = rawDatasetSchema.extend({
  series: z.array(
    rawSeriesSchema.extend({
      points: z.custom<unknown[]>((v) => Array.isArray(v) && v.length > 0),
    }),
  ),
})

const isNumber = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v)

/** `check(v)`, remembered per string (a large file repeats its dates and source ids). */
function memoised(check: (v: string) => boolean): (v: unknown) => boolean {
  const seen = memoize(check)
  return (v) => typeof v === 'string' && seen(v)
}

/**
 * A point checker: true only for a plain object that `rawPointSchema` accepts
 * (never the reverse is needed: false just means "let zod look").
 */
export function pointChecker(): (point: unknown) => boolean {
  const isDate = memoised((v) => isoDate.safeParse(v).success)
  const isId = memoised((v) => id.safeParse(v).success)
  const isText = (v: unknown) => text.safeParse(v).success
  return (point) => {
    if (point === null || typeof point !== 'object') return false
    const proto: unknown = Object.getPrototypeOf(point)
    if (proto !== Object.prototype && proto !== null) return false
    const p = point as Record<string, unknown>
    // Plain objects only (checked above): for…in sees exactly the own keys.
    for (const key in p)
      if (!POINT_KEYS.has(key) || p[key] === undefined) return false
    const sources = p.sources
    if (!Array.isArray(sources) || sources.length === 0) return false
    for (const s of sources) if (!isId(s)) return false
    return (
      isDate(p.date) &&
      isNumber(p.value) &&
      STATUSES.has(p.status) &&
      (p.datePrecision === undefined || PRECISIONS.has(p.datePrecision)) &&
      (p.low === undefined || isNumber(p.low)) &&
      (p.high === undefined || isNumber(p.high)) &&
      (p.approx === undefined || typeof p.approx === 'boolean') &&
      (p.suspendedValue === undefined ||
        (isNumber(p.suspendedValue) && p.suspendedValue >= 0)) &&
      (p.suspendedUntil === undefined || isDate(p.suspendedUntil)) &&
      (p.note === undefined || isText(p.note)) &&
      (p.conflict === undefined || isText(p.conflict)) &&
      (p.zh === undefined || pointZh.safeParse(p.zh).success)
    )
  }
}

/** True when `json` has series whose every point passes `pointChecker`. */
export function allPointsPrechecked(json: unknown): boolean {
  if (json === null || typeof json !== 'object') return false
  const series = (json as { series?: unknown }).series
  if (!Array.isArray(series)) return false
  const isValidPoint = pointChecker()
  for (const s of series) {
    if (s === null || typeof s !== 'object') return false
    const points = (s as { points?: unknown }).points
    if (!Array.isArray(points) || points.length === 0) return false
    for (const p of points) if (!isValidPoint(p)) return false
  }
  return true
}
