/**
 * How a source is shown and weighed: its kind, the name it is shown under, its
 * title and date as plain words when the page gives none, and whether a value
 * rests on secondary sources alone.
 */
import { formatAsOfDate } from '@/domain/format'
import type { Lang } from '@/domain/i18n'
import type { Source } from '@/domain/types'
import {
  SOURCE_KIND_META,
  SOURCE_KINDS,
  type SourceKind,
} from '@/domain/vocabulary'

/** `'original-report'` → `'Original report'` · `'原始报道'` */
export function sourceKindLabel(kind: SourceKind, lang: Lang): string {
  return lang.t(SOURCE_KIND_META[kind].labelKey)
}

/** What a source kind means, in a sentence or two. */
export function sourceKindDefinition(kind: SourceKind, lang: Lang): string {
  return lang.t(SOURCE_KIND_META[kind].definitionKey)
}

/** The name a source is shown under: `'Reuters, via Baird Maritime'` · `'Reuters，经Baird Maritime转载'` for a syndicated copy. */
export function sourceByline(
  source: Pick<Source, 'publisher' | 'via'>,
  lang: Lang,
): string {
  return source.via === undefined
    ? source.publisher
    : lang.t('vocab.source.byline', {
        original: source.via,
        publisher: source.publisher,
      })
}

/** The site of a URL (`'wpinitiate.com'`), or the URL itself when it has none. */
export function siteOf(url: string): string {
  try {
    const host = new URL(url).hostname
    return host === '' ? url : host.replace(/^www\./, '')
  } catch {
    return url
  }
}

/** The page's title (in its own language), or `'untitled page on example.com'` when it shows none. */
export function sourceTitle(
  source: Pick<Source, 'title' | 'url'>,
  lang: Lang,
): string {
  return (
    source.title ??
    lang.t('vocab.source.untitled', { site: siteOf(source.url) })
  )
}

/**
 * `'2025-11-10'` (ISO in English; `2025年11月10日` in Chinese), `'Nov 2025'` ·
 * `'2025年11月'` (month only), `'2025'` · `'2025年'`, or `'undated'` ·
 * `'未注明日期'`.
 */
export function sourceDate(
  source: Pick<Source, 'publishedMs' | 'publishedPrecision'>,
  lang: Lang,
): string {
  const ms = source.publishedMs
  if (ms === null) return lang.t('vocab.source.undated')
  if (source.publishedPrecision === 'day')
    return lang.locale === 'en' ? formatAsOfDate(ms) : lang.date(ms)
  if (source.publishedPrecision === 'month') return lang.monthYear(ms)
  return lang.t('vocab.source.year', {
    year: String(new Date(ms).getUTCFullYear()),
  })
}

/** Rank of a kind: official first, secondary last. */
export function kindRank(kind: SourceKind): number {
  return SOURCE_KINDS.indexOf(kind)
}

/**
 * A value is weakly sourced when every source it cites is secondary
 * (commentary, aggregator, forecast, mirror). No sources → not flagged: that
 * is a different problem, caught by the checks.
 */
export function isWeaklySourced(
  sources: readonly Pick<Source, 'kind'>[],
): boolean {
  return sources.length > 0 && sources.every((s) => s.kind === 'secondary')
}

/** Count of sources per kind, every kind present (0 when none). */
export function countByKind(
  sources: readonly Pick<Source, 'kind'>[],
): Record<SourceKind, number> {
  const counts = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<
    SourceKind,
    number
  >
  for (const s of sources) counts[s.kind]++
  return counts
}

/** Sources whose kind is among `kinds`, in their order. */
export function filterByKind<S extends Pick<Source, 'kind'>>(
  sources: readonly S[],
  kinds: ReadonlySet<SourceKind>,
): S[] {
  return sources.filter((s) => kinds.has(s.kind))
}
