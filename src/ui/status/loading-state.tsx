export function LoadingState() {
  return (
    <div className="status-panel" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>Loading dataset…</span>
    </div>
  )
}
