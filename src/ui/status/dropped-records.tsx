import type { DroppedRecord } from '@/domain/types'
import { useLang } from '@/i18n/lang-context'

/** Records left out on load: said loudly, so no chart is drawn from half-valid data silently. */
export function DroppedRecords({
  dropped,
}: {
  dropped: readonly DroppedRecord[]
}) {
  const { t } = useLang()
  if (dropped.length === 0) return null
  return (
    <div className="status-panel status-panel--warning" role="alert">
      <h2>{t('status.dropped.heading', { count: dropped.length })}</h2>
      <p>{t('status.dropped.drawnWithout')}</p>
      <details>
        <summary>{t('status.dropped.details')}</summary>
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
