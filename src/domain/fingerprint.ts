import type { Dataset } from '@/domain/types'

/**
 * A short identity of a dataset's content: version, dates and record counts.
 * The prerendered page carries the fingerprint of the dataset it was rendered
 * from; the browser hydrates only when the loaded dataset has the same one
 * (otherwise, e.g. a data file replaced without a rebuild, it renders afresh).
 */
export function datasetFingerprint(dataset: Dataset): string {
  const points = dataset.series.reduce((n, s) => n + s.points.length, 0)
  return [
    dataset.schemaVersion,
    dataset.meta.version,
    dataset.meta.asOfMs,
    dataset.meta.checkedOnMs,
    Object.keys(dataset.sources).length,
    dataset.series.length,
    points,
    dataset.targets.length,
    dataset.measures.length,
    dataset.events.length,
    dataset.dropped.length,
  ].join('/')
}
