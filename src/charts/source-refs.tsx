import type { SourceRef } from '@/domain/time-chart'
import { isSafeHttpUrl } from '@/domain/urls'
import { punctuation } from '@/domain/punctuation'
import { useLang } from '@/i18n/lang-context'

/**
 * Cited sources as text: each name (a link when its URL is http(s)) with its
 * kind, e.g. "Reuters, via Baird Maritime (Syndicated); PIIE (Original
 * report)", then "weakly sourced" when every one is secondary.
 */
export function SourceRefs({
  sources,
  weaklySourced,
}: {
  sources: readonly SourceRef[]
  weaklySourced: boolean
}) {
  const lang = useLang()
  const p = punctuation(lang)
  return (
    <>
      {sources.map((s, i) => (
        <span key={i}>
          {i > 0 && p.clause}
          {isSafeHttpUrl(s.url) ? (
            <a
              href={s.url}
              target="_blank"
              rel="noopener noreferrer"
              title={s.title}
            >
              {s.publisher}
            </a>
          ) : (
            p.aside(s.publisher, s.url)
          )}
          <span className="source-kind">{`${p.open}${s.kindLabel}${p.close}`}</span>
        </span>
      ))}
      {weaklySourced && (
        <strong className="weakly-sourced">
          {p.dash}
          {lang.t('charts.sources.weak')}
        </strong>
      )}
    </>
  )
}
