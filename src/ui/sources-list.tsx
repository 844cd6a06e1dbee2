import {
  sourceByline,
  sourceDate,
  sourceKindLabel,
  sourceTitle,
} from '@/domain/source-kind'
import type { Source } from '@/domain/types'
import { isSafeHttpUrl } from '@/domain/urls'

/** A source's title as a link when its URL is http(s), else as plain text with the URL shown. */
export function SourceLink({ source }: { source: Source }) {
  const title = sourceTitle(source)
  return isSafeHttpUrl(source.url) ? (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  ) : (
    <span>
      {title} <code className="break">{source.url}</code>
    </span>
  )
}

/** One source: who (with the original outlet of a copy), title, date and kind, as text. */
export function SourceItem({ source }: { source: Source }) {
  return (
    <li id={`source-${source.id}`}>
      <span className="sources-list__publisher">{sourceByline(source)}</span> —{' '}
      <SourceLink source={source} />{' '}
      <span className="muted">
        ({sourceDate(source)}; {sourceKindLabel(source.kind)})
      </span>
    </li>
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
          <SourceItem key={source.id} source={source} />
        ))}
      </ol>
    </section>
  )
}
