interface ErrorStateProps {
  title: string
  message: string
  /** `path: message` lines. */
  problems: readonly string[]
  totalProblems: number
  retryable: boolean
  url?: string
  onRetry: () => void
  isRetrying: boolean
  /** Where "Use the bundled dataset" leads; omitted when the bundled one failed. */
  bundledHref?: string
}

/** A failed load: what is wrong, where, and what the user can do next. */
export function ErrorState({
  title,
  message,
  problems,
  totalProblems,
  retryable,
  url,
  onRetry,
  isRetrying,
  bundledHref,
}: ErrorStateProps) {
  return (
    <div className="status-panel status-panel--error" role="alert">
      <h2>{title}</h2>
      <p>
        {message}
        {url !== undefined && (
          <>
            {' '}
            (<code className="break">{url}</code>)
          </>
        )}
      </p>
      {problems.length > 0 && (
        <>
          <p>
            {totalProblems === 1 ? '1 problem' : `${totalProblems} problems`}
            {totalProblems > problems.length &&
              `, the first ${problems.length} listed`}
            :
          </p>
          <ul className="problem-list">
            {problems.map((problem, i) => (
              <li key={i}>
                <code className="break">{problem}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        {retryable && (
          <button type="button" onClick={onRetry} disabled={isRetrying}>
            {isRetrying ? 'Retrying…' : 'Retry'}
          </button>
        )}
        {bundledHref !== undefined && (
          <a href={bundledHref}>Use the bundled dataset</a>
        )}
      </div>
    </div>
  )
}
