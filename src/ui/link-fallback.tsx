import { useEffect, useId, useRef } from 'react'

/** Shown when the clipboard is denied: the link, selected, ready to copy by hand. */
export function LinkFallback({ url }: { url: string }) {
  const id = useId()
  const ref = useRef<HTMLInputElement>(null)
  useEffect(() => {
    ref.current?.focus()
    ref.current?.select()
  }, [url])
  return (
    <div className="link-fallback">
      <label htmlFor={id}>Copy this link by hand</label>
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
