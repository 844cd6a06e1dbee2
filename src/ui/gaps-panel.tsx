import type { Dataset } from '@/domain/types'
import { useLang } from '@/i18n/lang-context'

/** The dataset's known gaps, as a region whose list opens on demand. */
export function GapsPanel({ gaps }: { gaps: Dataset['meta']['gaps'] }) {
  const { t } = useLang()
  if (gaps.length === 0) return null
  return (
    <section className="panel gaps-panel" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">
        {t('sources.gaps.heading', { count: gaps.length })}
      </h2>
      <details>
        <summary>{t('sources.gaps.show', { count: gaps.length })}</summary>
        <ul>
          {gaps.map((g) => (
            <li key={g.id}>{g.text}</li>
          ))}
        </ul>
      </details>
    </section>
  )
}
