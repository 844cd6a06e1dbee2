/**
 * Dates known only to the month (or year) are written as their first day in
 * the file; these show them as what they are, never as a fake day, in the
 * reader's language.
 */
import { formatIsoDate } from '@/domain/dates'
import type { Lang } from '@/domain/i18n'
import { LOCALE_META } from '@/domain/locale'
import type { DatePrecision } from '@/domain/vocabulary'

/** For readers (charts, tooltips, event lists): `'2025-11-10'`, `'Nov 2025'` · `'2025年11月'`, `'2025'` · `'2025年'`. */
export function formatDateAt(
  ms: number,
  precision: DatePrecision,
  lang: Lang,
): string {
  if (precision === 'day') return formatIsoDate(ms)
  if (precision === 'month') return lang.monthYear(ms)
  return lang.t('glance.date.year', { year: formatIsoDate(ms).slice(0, 4) })
}

/** Sortable and machine-readable (tables, `<time dateTime>`): `'2025-11-10'`, `'2025-11'`, `'2025'`. */
export function formatIsoAt(ms: number, precision: DatePrecision): string {
  const iso = formatIsoDate(ms)
  return precision === 'day'
    ? iso
    : precision === 'month'
      ? iso.slice(0, 7)
      : iso.slice(0, 4)
}

/** A month alone, as the language writes it inside a span: `'Aug'` · `'8月'`. */
function monthOf(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE_META[lang.locale].intl, {
    // Chinese: '8月' (numeric; a standalone 'long' month is '八月').
    month: lang.locale === 'en' ? 'short' : 'numeric',
    timeZone: 'UTC',
  }).format(ms)
}

/**
 * A span for readers: `'Aug–Sept 2026'` · `'2026年8月至9月'`, `'Dec 2026–Jan
 * 2027'` (month), or `'2025-05-10 to 2025-05-11'` (day); one date when there
 * is no end.
 */
export function formatSpanAt(
  startMs: number,
  endMs: number | undefined,
  precision: DatePrecision,
  lang: Lang,
): string {
  const start = formatDateAt(startMs, precision, lang)
  if (endMs === undefined) return start
  const end = formatDateAt(endMs, precision, lang)
  if (end === start) return start
  if (precision === 'month') {
    const year = formatIsoDate(startMs).slice(0, 4)
    return year === formatIsoDate(endMs).slice(0, 4)
      ? lang.t('glance.span.sameYear', {
          from: monthOf(startMs, lang),
          to: monthOf(endMs, lang),
          year,
        })
      : lang.t('glance.span.across', { from: start, to: end })
  }
  return lang.t('glance.span.days', { from: start, to: end })
}
