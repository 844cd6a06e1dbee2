import { formatAsOfDate } from '@/domain/format'
import type { DatasetMeta } from '@/domain/types'

interface AppHeaderProps {
  /** Absent while loading or when the dataset failed. */
  meta?: DatasetMeta
  /** True when `?data=` points at another dataset than the bundled one. */
  customDatasetUrl?: string
}

export function AppHeader({ meta, customDatasetUrl }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div>
        <h1>Truce Tracker</h1>
        <p className="app-header__tagline">
          US–China trade commitments since the Busan summit, target against what
          happened.
        </p>
      </div>
      {meta && (
        <dl className="app-header__meta">
          <div>
            <dt className="visually-hidden">Dataset</dt>
            <dd>
              {meta.title} <span className="muted">v{meta.version}</span>
            </dd>
          </div>
          <div>
            <dt className="visually-hidden">Coverage</dt>
            <dd>
              <strong>Data as of {formatAsOfDate(meta.asOfMs)}</strong>
              <span className="muted">
                {' '}
                · sources checked {formatAsOfDate(meta.checkedOnMs)}
              </span>
            </dd>
          </div>
          <div>
            <dt className="visually-hidden">Links</dt>
            <dd>
              <a href="#sources">Sources</a>
              {customDatasetUrl && (
                <span className="muted">
                  {' '}
                  · custom dataset from{' '}
                  <code className="break">{customDatasetUrl}</code>
                </span>
              )}
            </dd>
          </div>
        </dl>
      )}
    </header>
  )
}
