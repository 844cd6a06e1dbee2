import { DatasetError } from '@/data/dataset-error'

/**
 * Largest dataset accepted, checked before parsing: room for ~200k daily points
 * (the bundled file is 0.3 MB) while refusing files that would freeze a phone.
 */
export const MAX_DATASET_BYTES = 16 * 1024 * 1024

/** The error for a text or download past the limit (its size unknown or not worth counting). */
export const datasetTooLarge = () =>
  new DatasetError(
    'too-large',
    `The dataset is larger than the ${MAX_DATASET_BYTES / 1024 / 1024} MB limit`,
    {
      text: {
        key: 'status.error.textTooLarge',
        values: { limit: MAX_DATASET_BYTES / 1024 / 1024 },
      },
    },
  )
