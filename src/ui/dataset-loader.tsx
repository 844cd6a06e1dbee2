import { type DragEvent, useId, useState } from 'react'

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
  const inputId = useId()
  const [dragging, setDragging] = useState(false)
  const [dropError, setDropError] = useState<string | null>(null)
  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    setDragging(false)
    const file = e.dataTransfer.files[0]
    if (!file) return setDropError('Nothing was dropped: drop a .json file.')
    setDropError(null)
    onFile(file)
  }
  return (
    <section
      className={`dataset-loader${dragging ? ' dataset-loader--dragging' : ''}`}
      aria-label="Load your own dataset"
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId}>Load your own dataset (JSON file)</label>{' '}
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
      <span className="muted">
        or drop it here. Nothing is uploaded: the file is read in your browser.
      </span>
      {current !== undefined && (
        <p>
          Showing <strong className="break">{current}</strong>.{' '}
          <button type="button" onClick={onUseBundled}>
            Back to the bundled dataset
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
