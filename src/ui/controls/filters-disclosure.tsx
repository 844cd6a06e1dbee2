import { type ReactNode, useEffect, useRef } from 'react'

import { useLang } from '@/i18n/lang-context'

/** Phones: the filters start closed, behind one "Filters" line. */
const PHONE = '(max-width: 600px)'

interface FiltersDisclosureProps {
  /** The active filters in one line, shown next to "Filters". */
  summary: string
  children: ReactNode
}

/**
 * The controls toolbar as one disclosure: open on wider screens, closed on a
 * phone (≤ 600 px) where its summary line says what is filtered. It starts
 * open (as prerendered) and closes after hydration on a phone.
 */
export function FiltersDisclosure({
  summary,
  children,
}: FiltersDisclosureProps) {
  const { t } = useLang()
  const ref = useRef<HTMLDetailsElement>(null)
  // The DOM, not React state, owns open/closed: React re-renders pass the
  // same `open` and never reopen what the reader (or a phone) closed.
  useEffect(() => {
    if (ref.current && window.matchMedia?.(PHONE).matches)
      ref.current.open = false
  }, [])
  return (
    <details ref={ref} className="filters" open>
      <summary>
        <span className="filters__label">{t('controls.filters')}</span>{' '}
        <span className="filters__summary">{summary}</span>
      </summary>
      <div className="filters__toolbar">{children}</div>
    </details>
  )
}
