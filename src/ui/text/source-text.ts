/** How a source is named and dated in the sources list, in the reader's language. */
import type { Lang } from '@/domain/i18n'
import { siteOf } from '@/domain/source-kind'
import { formatIsoDate } from '@/domain/dates'
import type { Source } from '@/domain/types'

/** `'Reuters, via Baird Maritime'` · `'Reuters，经Baird Maritime转载'` for a syndicated copy. */
export function sourceBylineIn(
  source: Pick<Source, 'publisher' | 'via'>,
  lang: Lang,
): string {
  return source.via === undefined
    ? source.publisher
    : lang.t('sources.byline', {
        original: source.via,
        publisher: source.publisher,
      })
}

/** The page's title (in its own language), or `'untitled page on example.com'` · `'example.com上的无标题页面'`. */
export function sourceTitleIn(
  source: Pick<Source, 'title' | 'url'>,
  lang: Lang,
): string {
  return (
    source.title ?? lang.t('sources.untitled', { site: siteOf(source.url) })
  )
}

/**
 * `'2025-11-10'` (ISO in English, as before; `2025年11月10日` in Chinese),
 * `'Nov 2025'` · `'2025年11月'` (month only), `'2025'` · `'2025年'`, or
 * `'undated'` · `'未注明日期'`.
 */
export function sourceDateIn(
  source: Pick<Source, 'publishedMs' | 'publishedPrecision'>,
  lang: Lang,
): string {
  const ms = source.publishedMs
  if (ms === null) return lang.t('sources.undated')
  if (source.publishedPrecision === 'day')
    return lang.locale === 'en' ? formatIsoDate(ms) : lang.date(ms)
  if (source.publishedPrecision === 'month') return lang.monthYear(ms)
  return lang.t('sources.year', { year: String(new Date(ms).getUTCFullYear()) })
}
