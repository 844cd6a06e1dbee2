/**
 * The one validation pipeline, shared by the app's loader and `npm run data:check`:
 * JSON text → parse → schema → semantic checks → domain dataset.
 */
import type { z } from 'zod'

import {
  DatasetError,
  type DatasetProblem,
  formatJsonPath,
} from '@/data/dataset-error'
import { checkSemantics } from '@/data/check-semantics'
import { MAX_DATASET_BYTES, datasetTooLarge } from '@/data/dataset-limits'
import { findJsonErrorOffset, toLineColumn } from '@/data/json-error-position'
import {
  allPointsPrechecked,
  rawDatasetSchemaPrecheckedPoints,
} from '@/data/point-precheck'
import { type RawDataset, rawDatasetSchema } from '@/data/schema'
import { toDataset } from '@/data/to-domain'
import type { Dataset } from '@/domain/types'

/** zod issue → problem with a JSON path and a message without zod's boilerplate. */
function toProblem(issue: z.core.$ZodIssue, json: unknown): DatasetProblem {
  let message = issue.message.replace(/^Invalid input: /, '')
  if (issue.code === 'invalid_type' && valueAt(json, issue.path) === undefined)
    message = `required field is missing (expected ${issue.expected})`
  else if (issue.code === 'unrecognized_keys')
    message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  else if (issue.code === 'invalid_value')
    message =
      issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
  return { path: formatJsonPath(issue.path), message, segments: issue.path }
}

/** The value at a zod issue path, or undefined when the path does not exist. */
function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = json
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

/**
 * The schema check. When every point passed the hand check (the same rules),
 * zod checks everything but the points; when anything fails, the full schema
 * runs again so the problems reported are exactly zod's.
 */
function parseRaw(json: unknown) {
  if (allPointsPrechecked(json)) {
    const fast = rawDatasetSchemaPrecheckedPoints.safeParse(json)
    // Every point passed `pointChecker`, which accepts only what rawPointSchema does.
    if (fast.success)
      return { success: true as const, data: fast.data as RawDataset }
  }
  return rawDatasetSchema.safeParse(json)
}

/** Validates parsed JSON; throws `DatasetError` ('schema' or 'semantic'). */
export function validateDataset(json: unknown): Dataset {
  const parsed = parseRaw(json)
  if (!parsed.success) {
    throw new DatasetError(
      'schema',
      'The dataset does not match the expected format',
      {
        problems: parsed.error.issues.map((i) => toProblem(i, json)),
        text: { key: 'status.error.schema' },
      },
    )
  }
  const problems = checkSemantics(parsed.data)
  if (problems.length > 0) {
    throw new DatasetError('semantic', 'The dataset contradicts itself', {
      problems,
      text: { key: 'status.error.semantic' },
    })
  }
  return toDataset(parsed.data)
}

/**
 * A JSON.parse error → the engine's reason plus the line and column where the
 * text first goes wrong (found by our own scanner, since engines differ in
 * whether they give a position at all).
 */
export function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error)
  const head = raw
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/, "[\s\S]*" is not valid JSON$/, '')
    .replace(/^JSON\.parse: /, '')
    .slice(0, 200)
  const offset = findJsonErrorOffset(text)
  if (offset === undefined) return head
  const { line, column } = toLineColumn(text, offset)
  return `${head} at line ${line}, column ${column}`
}

/** JSON text → dataset; throws `DatasetError` ('json', 'too-large', 'schema', 'semantic'). */
export function parseDatasetText(
  text: string,
  validate: (json: unknown) => Dataset = validateDataset,
): Dataset {
  if (text.length > MAX_DATASET_BYTES) throw datasetTooLarge()
  if (text.trim() === '')
    throw new DatasetError('json', 'The dataset file is empty', {
      text: { key: 'status.error.empty' },
    })
  let json: unknown
  try {
    // A UTF-8 byte-order mark (common from Windows editors) is not an error.
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new DatasetError('json', 'The dataset is not valid JSON', {
      problems: [{ path: '', message: describeJsonError(text, error) }],
      text: { key: 'status.error.notJson', values: { format: 'JSON' } },
    })
  }
  try {
    return validate(json)
  } catch (error) {
    // Pathologically deep nesting can exhaust the stack while copying or checking.
    if (error instanceof RangeError)
      throw new DatasetError(
        'json',
        'The dataset is nested too deeply to read',
        { text: { key: 'status.error.tooDeep' } },
      )
    throw error
  }
}
