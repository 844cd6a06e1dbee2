import { useEffect, useId, useRef } from 'react'

import { useLang } from '@/i18n/lang-context'

/** Shown when the clipboard is denied: the link, selected, ready to copy by hand. */
export function LinkFallback({ url }: { url: string }) {
  const { t } = useLang()
  const id = useId()
  const ref = useRef<HTMLInputElement>(null)
  useEffect(() => {
    ref.current?.focus()
    ref.current?.select()
  }, [url])
  return (
    <div className="link-fallback">
      <label htmlFor={id}>{t('controls.export.linkByHand')}</label>
      <input
        ref={ref}
        id={id}
        type="text"
        readOnly
        value={url}
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  )
}
