/** The one-line warning that the data are old: today is long past the dataset's as-of date. */
import { daysBetween } from '@/domain/dates'
import type { Lang } from '@/domain/i18n'

/** Days past the as-of date after which the page says the data are stale. */
export const STALE_AFTER_DAYS = 30

/** "The data stop at 29 Jun 2026, 156 days ago; …", or nothing within 30 days. */
export function freshnessNote(
  asOfMs: number,
  nowMs: number,
  lang: Lang,
): string | undefined {
  const days = daysBetween(asOfMs, nowMs)
  if (days <= STALE_AFTER_DAYS) return undefined
  return lang.t('glance.freshness', { date: lang.date(asOfMs), days })
}
