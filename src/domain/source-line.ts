/** Source and as-of lines under a figure and in its exported image. */
import { formatAsOfDate } from '@/domain/format'
import type { Dataset } from '@/domain/types'

/**
 * Distinct publishers behind a figure, most-cited first:
 * `'Sources: STR, Mondaq, PIIE and 14 more (see the Sources list)'`.
 */
export function computeSourceLine(
  dataset: Pick<Dataset, 'sources'>,
  sourceIds: readonly string[],
  maxPublishers = 6,
): string {
  const counts = new Map<string, number>()
  for (const id of sourceIds) {
    const s = dataset.sources[id]
    if (s) counts.set(s.publisher, (counts.get(s.publisher) ?? 0) + 1)
  }
  if (counts.size === 0) return 'Sources: none listed'
  const publishers = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([p]) => p)
  const shown = publishers.slice(0, maxPublishers)
  const more = publishers.length - shown.length
  return `Sources: ${shown.join(', ')}${more > 0 ? ` and ${more} more (full list in the table view and the Sources list)` : ''}`
}

/** `'Data as of 2026-06-29 · dataset v2026.11.29-1'` */
export function computeAsOfLine(dataset: Pick<Dataset, 'meta'>): string {
  return `Data as of ${formatAsOfDate(dataset.meta.asOfMs)} · dataset v${dataset.meta.version}`
}
