/** A local dataset file (picker or drop) → validated dataset. Nothing leaves the browser. */
import { DatasetError } from '@/data/dataset-error'
import { validateDatasetLenient } from '@/data/lenient-dataset'
import { MAX_DATASET_BYTES } from '@/data/dataset-limits'
import { parseDatasetText } from '@/data/validate-dataset'
import type { Dataset } from '@/domain/types'

export async function loadDatasetFile(
  file: Blob & { name?: string },
): Promise<Dataset> {
  // Checked before reading: a huge file is never parsed.
  if (file.size > MAX_DATASET_BYTES) {
    const size = (file.size / 1024 / 1024).toFixed(1)
    const limit = MAX_DATASET_BYTES / 1024 / 1024
    throw new DatasetError(
      'too-large',
      `${file.name ?? 'The file'} is ${size} MB, over the ${limit} MB limit`,
      {
        text:
          file.name === undefined
            ? { key: 'status.error.datasetTooLarge', values: { size, limit } }
            : {
                key: 'status.error.fileTooLarge',
                values: { name: file.name, size, limit },
              },
      },
    )
  }
  let text: string
  try {
    text = await file.text()
  } catch {
    throw new DatasetError('json', 'The file could not be read', {
      text: { key: 'status.error.unreadable' },
    })
  }
  return parseDatasetText(text, validateDatasetLenient)
}
