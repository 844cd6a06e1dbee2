import { useEffect, useRef, useState } from 'react'

import type { Source } from '@/domain/types'
import { useLang } from '@/i18n/lang-context'
import { SourcesList } from '@/ui/sources-list'

/**
 * The sources list behind a disclosure: closed, a short region named
 * "Sources (n)" with a "Show" button (the #sources anchor still lands here);
 * open, the full list (rendered only then: 187 entries are ~14,000 px on a
 * phone) and a button to hide it again. Focus follows the toggle.
 */
export function SourcesPanel({ sources }: { sources: readonly Source[] }) {
  const { t } = useLang()
  const [open, setOpen] = useState(false)
  const ref = useRef<HTMLDivElement>(null)
  const moved = useRef(false)
  useEffect(() => {
    if (!moved.current) return
    const target = open
      ? ref.current?.querySelector<HTMLElement>('h2')
      : ref.current?.querySelector<HTMLElement>('button')
    if (open) target?.setAttribute('tabindex', '-1')
    target?.focus()
  }, [open])
  const toggle = () => {
    moved.current = true
    setOpen((v) => !v)
  }
  return (
    <div ref={ref} className="sources-panel">
      {open ? (
        <>
          <SourcesList sources={sources} />
          <button type="button" aria-expanded="true" onClick={toggle}>
            {t('sources.hide')}
          </button>
        </>
      ) : (
        <section
          id="sources"
          aria-labelledby="sources-heading"
          className="panel"
        >
          <h2 id="sources-heading">
            {t('sources.heading', { count: sources.length })}
          </h2>
          <button type="button" aria-expanded="false" onClick={toggle}>
            {t('sources.showAll', { count: sources.length })}
          </button>
        </section>
      )}
    </div>
  )
}
