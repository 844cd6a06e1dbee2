/**
 * How a source is shown and weighed: its kind, the name it is shown under, its
 * title and date as plain words when the page gives none, and whether a value
 * rests on secondary sources alone.
 */
import { formatAsOfDate, formatAxisMonth } from '@/domain/format'
import type { Source } from '@/domain/types'
import {
  SOURCE_KIND_META,
  SOURCE_KINDS,
  type SourceKind,
} from '@/domain/vocabulary'

/** `'original-report'` → `'Original report'` */
export function sourceKindLabel(kind: SourceKind): string {
  return SOURCE_KIND_META[kind].label
}

/** The name a source is shown under: `'Reuters, via Baird Maritime'` for a syndicated copy. */
export function sourceByline(
  source: Pick<Source, 'publisher' | 'via'>,
): string {
  return source.via === undefined
    ? source.publisher
    : `${source.via}, via ${source.publisher}`
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

/** The page's title, or `'untitled page on example.com'` when it shows none. */
export function sourceTitle(source: Pick<Source, 'title' | 'url'>): string {
  return source.title ?? `untitled page on ${siteOf(source.url)}`
}

/** `'2025-11-10'`, `'Nov 2025'` (month only) or `'undated'`. */
export function sourceDate(
  source: Pick<Source, 'publishedMs' | 'publishedPrecision'>,
): string {
  if (source.publishedMs === null) return 'undated'
  return source.publishedPrecision === 'day'
    ? formatAsOfDate(source.publishedMs)
    : source.publishedPrecision === 'month'
      ? formatAxisMonth(source.publishedMs)
      : String(new Date(source.publishedMs).getUTCFullYear())
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
