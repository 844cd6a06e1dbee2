/**
 * What an error state shows: plain data, so the UI layer needs no error
 * classes (src/data/dataset-error.ts describes a load error with it).
 */
export interface ErrorDescription {
  title: string
  message: string
  /** `path: message` lines, at most `MAX_LISTED_PROBLEMS` (src/data/dataset-error.ts). */
  problems: readonly string[]
  totalProblems: number
  retryable: boolean
  url?: string
}
