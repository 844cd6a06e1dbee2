import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  /** What failed, for the message: e.g. "The Soybeans figure". */
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
      <div className="status-panel status-panel--error" role="alert">
        <p>
          <strong>{this.props.label} could not be drawn.</strong>{' '}
          {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    )
  }
}
