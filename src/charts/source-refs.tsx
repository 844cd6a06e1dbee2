import type { SourceRef } from '@/domain/time-chart'
import { isSafeHttpUrl } from '@/domain/urls'

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
  return (
    <>
      {sources.map((s, i) => (
        <span key={i}>
          {i > 0 && '; '}
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
            `${s.publisher} (${s.url})`
          )}{' '}
          <span className="source-kind">({s.kindLabel})</span>
        </span>
      ))}
      {weaklySourced && (
        <strong className="weakly-sourced">
          {' '}
          — weakly sourced (secondary sources only)
        </strong>
      )}
    </>
  )
}
