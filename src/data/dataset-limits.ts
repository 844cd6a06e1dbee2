/**
 * Largest dataset accepted, checked before parsing: room for ~200k daily points
 * (the bundled file is 0.3 MB) while refusing files that would freeze a phone.
 */
export const MAX_DATASET_BYTES = 16 * 1024 * 1024
