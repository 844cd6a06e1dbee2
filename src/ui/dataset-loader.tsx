import { type DragEvent, useId, useState } from 'react'

import { useLang } from '@/i18n/lang-context'
import { richMessage } from '@/ui/text/rich-message'

interface DatasetLoaderProps {
  onFile: (file: File) => void
  /** Name of the local file in use, if any. */
  current?: string
  onUseBundled: () => void
}

/** Load a local JSON dataset by file picker or drag-and-drop; the file is read in the browser only. */
export function DatasetLoader({
  onFile,
  current,
  onUseBundled,
}: DatasetLoaderProps) {
  const lang = useLang()
  const { t } = lang
  const inputId = useId()
  const [dragging, setDragging] = useState(false)
  const [dropError, setDropError] = useState<string | null>(null)
  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    setDragging(false)
    const file = e.dataTransfer.files[0]
    if (!file)
      return setDropError(
        t('controls.loader.nothingDropped', { format: '.json' }),
      )
    setDropError(null)
    onFile(file)
  }
  return (
    <section
      className={`dataset-loader${dragging ? ' dataset-loader--dragging' : ''}`}
      aria-label={t('controls.loader.region')}
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId}>
        {t('controls.loader.label', { format: 'JSON' })}
      </label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0]
          if (file) onFile(file)
          e.target.value = ''
        }}
      />{' '}
      <span className="muted">{t('controls.loader.drop')}</span>
      {current !== undefined && (
        <p>
          {richMessage(lang, 'controls.loader.showing', {
            name: <strong className="break">{current}</strong>,
          })}{' '}
          <button type="button" onClick={onUseBundled}>
            {t('controls.loader.back')}
          </button>
        </p>
      )}
      {dropError && (
        <p className="field-error" role="alert">
          {dropError}
        </p>
      )}
    </section>
  )
}
