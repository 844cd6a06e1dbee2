/** Everything that can go wrong between a dataset URL and a validated dataset. */

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

  constructor(
    kind: DatasetErrorKind,
    message: string,
    options: {
      problems?: readonly DatasetProblem[]
      status?: number
      url?: string
    } = {},
  ) {
    super(message)
    this.name = 'DatasetError'
    this.kind = kind
    this.problems = options.problems ?? []
    this.status = options.status
    this.url = options.url
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

const TITLES: Record<DatasetErrorKind, string> = {
  network: 'The dataset could not be reached',
  timeout: 'The dataset took too long to load',
  http: 'The dataset server returned an error',
  'content-type': 'That URL is not a JSON dataset',
  'too-large': 'The dataset is too large',
  json: 'The dataset is not valid JSON',
  schema: 'The dataset has problems',
  semantic: 'The dataset contradicts itself',
}

/** At most this many problems are listed; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 50

/** What the error state shows: plain data, so the UI layer needs no error classes. */
export interface ErrorDescription {
  title: string
  message: string
  /** `path: message` lines, at most `MAX_LISTED_PROBLEMS`. */
  problems: readonly string[]
  totalProblems: number
  retryable: boolean
  url?: string
}

/** Any error from the load pipeline → what to tell the user. Never exposes a stack. */
export function describeDatasetError(error: unknown): ErrorDescription {
  if (!(error instanceof DatasetError))
    return {
      title: 'The dataset could not be loaded',
      message: 'Something unexpected went wrong while loading the dataset.',
      problems: [],
      totalProblems: 0,
      retryable: true,
    }
  return {
    title: TITLES[error.kind],
    message: error.message,
    problems: error.problems.slice(0, MAX_LISTED_PROBLEMS).map(formatProblem),
    totalProblems: error.problems.length,
    retryable: error.retryable,
    ...(error.url !== undefined && { url: error.url }),
  }
}
