/**
 * How a source is dated in the sources list, in the reader's language (its
 * byline and title: sourceByline and sourceTitle in src/domain/source-kind.ts).
 */
import type { Lang } from '@/domain/i18n'
import { formatIsoDate } from '@/domain/dates'
import type { Source } from '@/domain/types'

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
