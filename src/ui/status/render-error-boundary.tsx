import { Component, type ErrorInfo, type ReactNode } from 'react'

import { useLang } from '@/i18n/lang-context'

interface Props {
  /** What failed, in the reader's language, for the message: e.g. "The Soybeans section". */
  label: string
  children: ReactNode
}

interface State {
  error: Error | null
}

/** Catches a render bug in its subtree and shows it inline; the rest of the page keeps working. */
export class RenderErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(
      `[truce-tracker] ${this.props.label} failed to render`,
      error,
      info.componentStack,
    )
  }

  override render() {
    if (this.state.error === null) return this.props.children
    return (
      <RenderFailed
        label={this.props.label}
        message={this.state.error.message}
        onRetry={() => this.setState({ error: null })}
      />
    )
  }
}

/** What the boundary shows; the error's own message (technical) stays as thrown. */
function RenderFailed({
  label,
  message,
  onRetry,
}: {
  label: string
  message: string
  onRetry: () => void
}) {
  const { t } = useLang()
  return (
    <div className="status-panel status-panel--error" role="alert">
      <p>
        <strong>{t('status.boundary.failed', { label })}</strong> {message}
      </p>
      <button type="button" onClick={onRetry}>
        {t('status.boundary.tryAgain')}
      </button>
    </div>
  )
}
