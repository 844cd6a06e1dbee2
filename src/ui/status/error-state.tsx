import type { ErrorDescription } from '@/domain/error-description'
import { useLang } from '@/i18n/lang-context'
import { richMessage } from '@/ui/text/rich-message'

interface ErrorStateProps extends ErrorDescription {
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
  const lang = useLang()
  const { t } = lang
  return (
    <div className="status-panel status-panel--error" role="alert">
      <h2>{title}</h2>
      <p>
        {url === undefined
          ? message
          : richMessage(
              lang,
              'status.withUrl',
              { url: <code className="break">{url}</code> },
              { message },
            )}
      </p>
      {problems.length > 0 && (
        <>
          <p>
            {totalProblems > problems.length
              ? t('status.problems.some', {
                  count: totalProblems,
                  listed: problems.length,
                })
              : t('status.problems.all', { count: totalProblems })}
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
            {t(isRetrying ? 'status.retrying' : 'status.retry')}
          </button>
        )}
        {bundledHref !== undefined && (
          <a href={bundledHref}>{t('status.useBundled')}</a>
        )}
      </div>
    </div>
  )
}
