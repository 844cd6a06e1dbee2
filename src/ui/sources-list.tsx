import { formatAsOfDate } from '@/domain/format'
import type { Source } from '@/domain/types'
import { isSafeHttpUrl } from '@/domain/urls'

/** A source's title as a link when its URL is http(s), else as plain text with the URL shown. */
export function SourceLink({ source }: { source: Source }) {
  return isSafeHttpUrl(source.url) ? (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.title}
    </a>
  ) : (
    <span>
      {source.title} <code className="break">{source.url}</code>
    </span>
  )
}

interface SourcesListProps {
  sources: readonly Source[]
}

export function SourcesList({ sources }: SourcesListProps) {
  return (
    <section id="sources" aria-labelledby="sources-heading" className="panel">
      <h2 id="sources-heading">Sources ({sources.length})</h2>
      <ol className="sources-list">
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <span className="sources-list__publisher">{source.publisher}</span>{' '}
            — <SourceLink source={source} />{' '}
            <span className="muted">
              (
              {source.publishedMs === null
                ? 'n.d.'
                : formatAsOfDate(source.publishedMs)}
              ; {source.confidence} confidence
              {source.official ? '; official' : ''})
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
