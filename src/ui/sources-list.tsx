import { useId, useState } from 'react'

import {
  countByKind,
  filterByKind,
  sourceByline,
  sourceDate,
  sourceKindLabel,
  sourceTitle,
} from '@/domain/source-kind'
import type { Source } from '@/domain/types'
import { isSafeHttpUrl } from '@/domain/urls'
import {
  SOURCE_KIND_META,
  SOURCE_KINDS,
  type SourceKind,
} from '@/domain/vocabulary'
import { useLang } from '@/i18n/lang-context'

/** A source's title as a link when its URL is http(s), else as plain text with the URL shown. */
export function SourceLink({ source }: { source: Source }) {
  const lang = useLang()
  const title = sourceTitle(source, lang)
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
  const lang = useLang()
  return (
    <li id={`source-${source.id}`}>
      <span className="sources-list__publisher">
        {sourceByline(source, lang)}
      </span>{' '}
      — <SourceLink source={source} />{' '}
      <span className="muted">
        ({sourceDate(source, lang)};{' '}
        <span className="source-kind">
          {sourceKindLabel(source.kind, lang)}
        </span>
        )
      </span>
    </li>
  )
}

interface SourcesListProps {
  sources: readonly Source[]
}

/** Every source, with the count of each kind and a filter by kind (all shown at first). */
export function SourcesList({ sources }: SourcesListProps) {
  const lang = useLang()
  const [kinds, setKinds] = useState<ReadonlySet<SourceKind>>(
    () => new Set(SOURCE_KINDS),
  )
  const statusId = useId()
  const counts = countByKind(sources)
  const shown = filterByKind(sources, kinds)
  const toggle = (kind: SourceKind, on: boolean) =>
    setKinds((old) => {
      const next = new Set(old)
      if (on) next.add(kind)
      else next.delete(kind)
      return next
    })
  return (
    <section id="sources" aria-labelledby="sources-heading" className="panel">
      <h2 id="sources-heading">Sources ({sources.length})</h2>
      <fieldset className="sources-filter" aria-describedby={statusId}>
        <legend>Show sources of kind</legend>
        {SOURCE_KINDS.map((kind) => (
          <label
            key={kind}
            title={lang.t(SOURCE_KIND_META[kind].definitionKey)}
          >
            <input
              type="checkbox"
              checked={kinds.has(kind)}
              onChange={(e) => toggle(kind, e.currentTarget.checked)}
            />{' '}
            {sourceKindLabel(kind, lang)} ({counts[kind]})
          </label>
        ))}
      </fieldset>
      <details className="sources-kinds">
        <summary>What the kinds mean</summary>
        <dl>
          {SOURCE_KINDS.map((kind) => (
            <div key={kind}>
              <dt>{sourceKindLabel(kind, lang)}</dt>
              <dd>{lang.t(SOURCE_KIND_META[kind].definitionKey)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <p id={statusId} role="status" className="muted">
        Showing {shown.length} of {sources.length} sources.
      </p>
      <ol className="sources-list">
        {shown.map((source) => (
          <SourceItem key={source.id} source={source} />
        ))}
      </ol>
    </section>
  )
}
