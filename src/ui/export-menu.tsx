import { useId, useState } from 'react'

import { copyFailureText } from '@/domain/copy-failure'
import { useLang } from '@/i18n/lang-context'
import { copyTextToClipboard } from '@/lib/clipboard'
import { LinkFallback } from '@/ui/link-fallback'
import { usePopover } from '@/ui/use-popover'

export const PNG_SCALES = [2, 4] as const
export type PngScale = (typeof PNG_SCALES)[number]

export interface ExportMenuProps {
  /** Each returns what to tell the user, or throws an Error whose message is shown. */
  onDownloadPng: (scale: PngScale) => Promise<string>
  onDownloadSvg: () => Promise<string>
  onDownloadCsv: () => string
  /** Must start the clipboard write synchronously: it is called straight from the click. */
  onCopyImage: (scale: PngScale) => Promise<string>
  /** Copies an `<iframe>` snippet of the figure's embed URL. */
  onCopyEmbed?: () => Promise<string>
  /** The pointer or focus reached the Export button: a hint to load what exporting needs. */
  onIntent?: () => void
  /** The menu opened or the PNG size changed: a hint to prepare the export at that scale. */
  onPrepare?: (scale: PngScale) => void
  /** The link "Copy link" copies (the current view), read when clicked. */
  linkUrl?: () => string
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string }

/** The figure's "Export" disclosure: PNG (2× or 4×), SVG, CSV, copy image or embed code, with inline status. */
export function ExportMenu({
  onDownloadPng,
  onDownloadSvg,
  onDownloadCsv,
  onCopyImage,
  onCopyEmbed,
  onIntent,
  onPrepare,
  linkUrl,
}: ExportMenuProps) {
  const lang = useLang()
  const panelId = useId()
  const { open, setOpen, rootRef, buttonRef, panelRef } = usePopover()
  const [fallbackUrl, setFallbackUrl] = useState<string | null>(null)
  const [scale, setScale] = useState<PngScale>(2)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const run = (what: string, start: () => Promise<string> | string) => {
    setStatus({ kind: 'busy', what })
    let result: Promise<string> | string
    try {
      result = start()
    } catch (error) {
      setStatus({
        kind: 'error',
        text: `${what} failed: ${error instanceof Error ? error.message : String(error)}`,
      })
      return
    }
    Promise.resolve(result).then(
      (text) => setStatus({ kind: 'done', text }),
      (error: unknown) =>
        setStatus({
          kind: 'error',
          text: `${what} failed: ${error instanceof Error ? error.message : String(error)}`,
        }),
    )
  }
  const busy = status.kind === 'busy'
  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onPointerEnter={onIntent}
        onFocus={onIntent}
        onClick={() => {
          if (!open) onPrepare?.(scale)
          setOpen(!open)
        }}
      >
        Export
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className="export-menu__panel"
        hidden={!open}
      >
        <fieldset className="export-menu__scale">
          <legend>PNG size</legend>
          {PNG_SCALES.map((s) => (
            <label key={s} className="check">
              <input
                type="radio"
                name={`${panelId}-scale`}
                checked={scale === s}
                onChange={() => {
                  setScale(s)
                  onPrepare?.(s)
                }}
              />
              {s}×
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <button
            type="button"
            disabled={busy}
            onClick={() => run('PNG export', () => onDownloadPng(scale))}
          >
            Download PNG
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => run('SVG export', onDownloadSvg)}
          >
            Download SVG
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => run('CSV export', onDownloadCsv)}
          >
            Download CSV
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => run('Copy', () => onCopyImage(scale))}
          >
            Copy image
          </button>
          {onCopyEmbed && (
            <button
              type="button"
              disabled={busy}
              onClick={() => run('Copying the embed code', onCopyEmbed)}
            >
              Copy embed code
            </button>
          )}
          {linkUrl && (
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                const url = linkUrl()
                setFallbackUrl(null)
                run('Copy link', () =>
                  copyTextToClipboard(url).then((result) => {
                    if (result.ok) return 'Link to this view copied.'
                    setFallbackUrl(url)
                    throw new Error(
                      `${copyFailureText(result, lang)}; select it below`,
                    )
                  }),
                )
              }}
            >
              Copy link
            </button>
          )}
        </div>
        {fallbackUrl !== null && <LinkFallback url={fallbackUrl} />}
        <p role="status" className="export-menu__status">
          {status.kind === 'busy'
            ? `${status.what}…`
            : status.kind === 'done'
              ? status.text
              : ''}
        </p>
        {status.kind === 'error' && (
          <p role="alert" className="field-error">
            {status.text}
          </p>
        )}
      </div>
    </div>
  )
}
