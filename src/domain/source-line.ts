/** Source and as-of lines under a figure and in its exported image. */
import { formatAsOfDate } from '@/domain/format'
import type { Lang } from '@/domain/i18n'
import { joinItems } from '@/domain/punctuation'
import type { Dataset } from '@/domain/types'

/**
 * Distinct publishers behind a figure, most-cited first:
 * `'Sources: STR, Mondaq, PIIE and 14 more (see the Sources list)'`.
 * Publishers keep their own names in every language.
 */
export function computeSourceLine(
  dataset: Pick<Dataset, 'sources'>,
  sourceIds: readonly string[],
  lang: Lang,
  maxPublishers = 6,
): string {
  const counts = new Map<string, number>()
  for (const id of sourceIds) {
    const s = dataset.sources[id]
    if (s) counts.set(s.publisher, (counts.get(s.publisher) ?? 0) + 1)
  }
  if (counts.size === 0) return lang.t('figures.sources.none')
  const publishers = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([p]) => p)
  const shown = publishers.slice(0, maxPublishers)
  const more = publishers.length - shown.length
  const list = joinItems(shown, lang)
  return more > 0
    ? lang.t('figures.sources.more', { list, more })
    : lang.t('figures.sources.list', { list })
}

/** `'Data as of 2026-06-29 · dataset v2026.11.29-1'` · `'数据截至2026-06-29 · 数据集v2026.11.29-1'` */
export function computeAsOfLine(
  dataset: Pick<Dataset, 'meta'>,
  lang: Lang,
): string {
  return lang.t('figures.asOfLine', {
    date: formatAsOfDate(dataset.meta.asOfMs),
    version: dataset.meta.version,
  })
}
