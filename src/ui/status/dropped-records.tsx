import type { DroppedRecord } from '@/domain/types'

/** Records left out on load: said loudly, so no chart is drawn from half-valid data silently. */
export function DroppedRecords({
  dropped,
}: {
  dropped: readonly DroppedRecord[]
}) {
  if (dropped.length === 0) return null
  return (
    <div className="status-panel status-panel--warning" role="alert">
      <h2>
        {dropped.length === 1
          ? '1 invalid record was'
          : `${dropped.length} invalid records were`}{' '}
        left out of this dataset
      </h2>
      <p>The charts below are drawn without them.</p>
      <details>
        <summary>What was left out and why</summary>
        <ul className="problem-list">
          {dropped.map((d) => (
            <li key={d.record}>
              <code className="break">{d.record}</code>: {d.reasons.join('; ')}
            </li>
          ))}
        </ul>
      </details>
    </div>
  )
}
