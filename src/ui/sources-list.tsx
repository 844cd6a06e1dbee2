import { useId, useState } from 'react'

import {
  countByKind,
  filterByKind,
  sourceByline,
  sourceDate,
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
import { richMessage } from '@/ui/text/rich-message'

/** A source's title as a link when its URL is http(s), else as plain text with the URL shown. */
export function SourceLink({ source }: { source: Source }) {
  const title = sourceTitle(source, useLang())
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
      — <SourceLink source={source} />
      {/* The message brings its own space (English) or none (Chinese). */}
      <span className="muted">
        {richMessage(
          lang,
          'sources.itemMeta',
          {
            kind: (
              <span className="source-kind">
                {lang.t(SOURCE_KIND_META[source.kind].labelKey)}
              </span>
            ),
          },
          { date: sourceDate(source, lang) },
        )}
      </span>
    </li>
  )
}

interface SourcesListProps {
  sources: readonly Source[]
}

/** Every source, with the count of each kind and a filter by kind (all shown at first). */
export function SourcesList({ sources }: SourcesListProps) {
  const { t } = useLang()
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
      <h2 id="sources-heading">
        {t('sources.heading', { count: sources.length })}
      </h2>
      <fieldset className="sources-filter" aria-describedby={statusId}>
        <legend>{t('sources.filterLegend')}</legend>
        {SOURCE_KINDS.map((kind) => (
          <label key={kind} title={t(SOURCE_KIND_META[kind].definitionKey)}>
            <input
              type="checkbox"
              checked={kinds.has(kind)}
              onChange={(e) => toggle(kind, e.currentTarget.checked)}
            />{' '}
            {t('sources.kindCount', {
              kind: t(SOURCE_KIND_META[kind].labelKey),
              count: counts[kind],
            })}
          </label>
        ))}
      </fieldset>
      <details className="sources-kinds">
        <summary>{t('sources.kindsMeaning')}</summary>
        <dl>
          {SOURCE_KINDS.map((kind) => (
            <div key={kind}>
              <dt>{t(SOURCE_KIND_META[kind].labelKey)}</dt>
              <dd>{t(SOURCE_KIND_META[kind].definitionKey)}</dd>
            </div>
          ))}
        </dl>
      </details>
      <p id={statusId} role="status" className="muted">
        {t('sources.showing', { shown: shown.length, total: sources.length })}
      </p>
      <ol className="sources-list">
        {shown.map((source) => (
          <SourceItem key={source.id} source={source} />
        ))}
      </ol>
    </section>
  )
}
