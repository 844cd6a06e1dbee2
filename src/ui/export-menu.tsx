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
  onDownloadCsv: () => Promise<string> | string
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

/** A button of the menu: its words, what the status line calls its work, and the work. */
interface Action {
  label: string
  task: string
  start: () => Promise<string> | string
}

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
  const { t } = lang
  const panelId = useId()
  const { open, setOpen, rootRef, buttonRef, panelRef } = usePopover()
  const [fallbackUrl, setFallbackUrl] = useState<string | null>(null)
  const [scale, setScale] = useState<PngScale>(2)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const failed = (task: string, error: unknown) =>
    setStatus({
      kind: 'error',
      text: t('controls.export.failed', {
        task,
        reason: error instanceof Error ? error.message : String(error),
      }),
    })
  /** `task`: what runs, in the reader's language ("PNG export" · "导出PNG"). */
  const run = (task: string, start: () => Promise<string> | string) => {
    setStatus({ kind: 'busy', what: task })
    let result: Promise<string> | string
    try {
      result = start()
    } catch (error) {
      failed(task, error)
      return
    }
    Promise.resolve(result).then(
      (text) => setStatus({ kind: 'done', text }),
      (error: unknown) => failed(task, error),
    )
  }
  const download = (format: string, start: Action['start']): Action => ({
    label: t('controls.export.download', { format }),
    task: t('controls.export.task.export', { format }),
    start,
  })
  const copyLink = (url: string) => {
    setFallbackUrl(null)
    return copyTextToClipboard(url).then((result) => {
      if (result.ok) return t('controls.export.linkCopied')
      // Shows the link to copy by hand.
      setFallbackUrl(url)
      throw new Error(
        t('controls.export.linkDenied', {
          reason: copyFailureText(result, lang),
        }),
      )
    })
  }
  const actions: Action[] = [
    download('PNG', () => onDownloadPng(scale)),
    download('SVG', onDownloadSvg),
    download('CSV', onDownloadCsv),
    {
      label: t('controls.export.copyImage'),
      task: t('controls.export.task.copyImage'),
      start: () => onCopyImage(scale),
    },
    ...(onCopyEmbed
      ? [
          {
            label: t('controls.export.copyEmbed'),
            task: t('controls.export.task.copyEmbed'),
            start: onCopyEmbed,
          },
        ]
      : []),
    ...(linkUrl
      ? [
          {
            label: t('controls.export.copyLink'),
            task: t('controls.export.task.copyLink'),
            start: () => copyLink(linkUrl()),
          },
        ]
      : []),
  ]
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
        {t('controls.export.button')}
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className="export-menu__panel"
        hidden={!open}
      >
        <fieldset className="export-menu__scale">
          <legend>{t('controls.export.size')}</legend>
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
              {t('controls.export.scale', { scale: s })}
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          {actions.map((a) => (
            <button
              key={a.label}
              type="button"
              disabled={busy}
              onClick={() => run(a.task, a.start)}
            >
              {a.label}
            </button>
          ))}
        </div>
        {fallbackUrl !== null && <LinkFallback url={fallbackUrl} />}
        <p role="status" className="export-menu__status">
          {status.kind === 'busy'
            ? t('controls.export.busy', { task: status.what })
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
