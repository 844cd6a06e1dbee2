/** Everything that can go wrong between a dataset URL and a validated dataset. */
import type { ErrorDescription } from '@/domain/error-description'
import type { Lang, MessageKey, MessageValues } from '@/domain/i18n'

/** One thing wrong with a dataset, located by its JSON path. */
export interface DatasetProblem {
  /** e.g. `series[3].points[0].value`; empty for the whole file. */
  path: string
  message: string
  /** The same path as segments, where known (used to drop just the bad record). */
  segments?: readonly PropertyKey[]
}

export const DATASET_ERROR_KINDS = [
  /** The request failed: offline, DNS, CORS, connection refused. */
  'network',
  /** No answer within the time limit. */
  'timeout',
  /** The server answered with a non-2xx status. */
  'http',
  /** The answer was not JSON (e.g. an HTML page). */
  'content-type',
  /** The file is larger than the app accepts. */
  'too-large',
  /** The body is empty or not valid JSON. */
  'json',
  /** The JSON does not match the schema. */
  'schema',
  /** The JSON matches the schema but contradicts itself. */
  'semantic',
] as const
export type DatasetErrorKind = (typeof DATASET_ERROR_KINDS)[number]

/**
 * What an error says to the reader, as a catalogue message: the error's
 * `message` is the English text (logs, tests); the error state shows this in
 * the reader's language.
 */
export interface ErrorText {
  key: MessageKey
  values?: MessageValues
  /** Set when the lenient loader dropped records before failing: "(after dropping 3 invalid records)". */
  afterDropping?: number
}

/** Kinds where trying again may help; the error state offers Retry for these. */
const RETRYABLE: ReadonlySet<DatasetErrorKind> = new Set([
  'network',
  'timeout',
  'http',
  // An HTML page instead of JSON is often a transient proxy or maintenance page.
  'content-type',
])

export class DatasetError extends Error {
  readonly kind: DatasetErrorKind
  readonly problems: readonly DatasetProblem[]
  readonly status: number | undefined
  readonly url: string | undefined
  readonly text: ErrorText | undefined

  constructor(
    kind: DatasetErrorKind,
    message: string,
    options: {
      problems?: readonly DatasetProblem[]
      status?: number
      url?: string
      text?: ErrorText
    } = {},
  ) {
    super(message)
    this.name = 'DatasetError'
    this.kind = kind
    this.problems = options.problems ?? []
    this.status = options.status
    this.url = options.url
    this.text = options.text
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind)
  }
}

/** Path segments → `series[3].points[0].value`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else out += out === '' ? String(segment) : `.${String(segment)}`
  }
  return out
}

/** `series[3].value: expected number` – one line per problem. */
export function formatProblem(problem: DatasetProblem): string {
  return problem.path === ''
    ? problem.message
    : `${problem.path}: ${problem.message}`
}

const TITLES = {
  network: 'status.error.title.network',
  timeout: 'status.error.title.timeout',
  http: 'status.error.title.http',
  'content-type': 'status.error.title.contentType',
  'too-large': 'status.error.title.tooLarge',
  json: 'status.error.title.json',
  schema: 'status.error.title.schema',
  semantic: 'status.error.title.semantic',
} as const satisfies Record<DatasetErrorKind, MessageKey>

/** What the error says, in the reader's language; an error without `text` keeps its own words. */
function messageOf(error: DatasetError, lang: Lang): string {
  if (error.text === undefined) return error.message
  const { key, values, afterDropping } = error.text
  const message = lang.t(key, values)
  return afterDropping === undefined
    ? message
    : lang.t('status.error.afterDropping', { message, count: afterDropping })
}

/** At most this many problems are listed; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 50

/**
 * Any error from the load pipeline → what to tell the user, in `lang`. Never
 * exposes a stack. The problem lines (`path: message`, from validation) are
 * technical and stay as written.
 */
export function describeDatasetError(
  error: unknown,
  lang: Lang,
): ErrorDescription {
  if (!(error instanceof DatasetError))
    return {
      title: lang.t('status.error.title.unknown'),
      message: lang.t('status.error.unknown'),
      problems: [],
      totalProblems: 0,
      retryable: true,
    }
  return {
    // 'JSON' is a format's name: the same in every language.
    title: lang.t(TITLES[error.kind], { format: 'JSON' }),
    message: messageOf(error, lang),
    problems: error.problems.slice(0, MAX_LISTED_PROBLEMS).map(formatProblem),
    totalProblems: error.problems.length,
    retryable: error.retryable,
    ...(error.url !== undefined && { url: error.url }),
  }
}
