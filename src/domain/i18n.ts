/**
 * `Lang`: everything that depends on the reader's language, in one object that
 * pure functions take as a parameter — the message catalogue (ICU
 * MessageFormat, interpreted by @lingui/core) and the number, date and unit
 * formats (`Intl`). Sentences are whole messages per language, with named
 * placeholders, so each language orders its own words; code never glues
 * translated fragments.
 *
 * Keys are typed from the English catalogue: a key that is not in it does not
 * compile; tests/unit/locales/catalogues.test.ts keeps the catalogues equal.
 */
import { type Messages, setupI18n } from '@lingui/core'

import { type Locale, LOCALE_META } from '@/domain/locale'
import type { Unit } from '@/domain/vocabulary'
import type { en as enCatalogue } from '@/locales/en'

export type MessageKey = keyof typeof enCatalogue
export type MessageValues = Readonly<Record<string, string | number>>
/** A catalogue as imported: its messages compiled by scripts/locale-catalogues.ts. */
export type Catalogue = Readonly<Record<MessageKey, unknown>>

export interface Lang {
  readonly locale: Locale
  /** The message `key`, with its placeholders filled. */
  t(key: MessageKey, values?: MessageValues): string
  /** `'29 Jun 2026'` · `'2026年6月29日'` (UTC). */
  date(ms: number): string
  /** `'Jun 2026'` · `'2026年6月'` (UTC). */
  monthYear(ms: number): string
  /** A time-axis tick: `'Oct 2025'` · `'2025年10月'` (UTC). */
  axisMonth(ms: number): string
  /**
   * A tick on a narrow chart: `'Oct 25'` · `'25年10月'` (UTC). With `withYear`
   * false, Chinese drops the year as Chinese charts do where it does not
   * change (`'10月'`); English keeps it on every tick (`'Oct 25'`).
   */
  axisMonthShort(ms: number, withYear?: boolean): string
  /** `'1,234.5'` · `'1,234.5'`, at most `maxFractionDigits` decimals (default 2). */
  number(value: number, maxFractionDigits?: number): string
  /**
   * A value with its unit, as readers of the language write it:
   * `12 Mt` · `1200万吨`; `145%`; `619 t` · `619吨`; `$12bn` · `120亿美元`.
   */
  value(value: number, unit: Unit): string
  /** `0.576` → `'58%'`. */
  percent(ratio: number): string
}

const utc = { timeZone: 'UTC' } as const

/** The Chinese form of each unit: a factor into the unit Chinese readers use, and how it is written. */
const ZH_UNITS: Record<Unit, { factor: number; write: (n: string) => string }> =
  {
    pct: { factor: 1, write: (n) => `${n}%` },
    // 1 Mt (million tonnes) = 100 万吨.
    Mt: { factor: 100, write: (n) => `${n}万吨` },
    t: { factor: 1, write: (n) => `${n}吨` },
    // $1bn = 10 亿美元.
    'usd-bn': { factor: 10, write: (n) => `${n}亿美元` },
  }

const EN_UNITS: Record<Unit, (n: string) => string> = {
  pct: (n) => `${n}%`,
  Mt: (n) => `${n} Mt`,
  t: (n) => `${n} t`,
  'usd-bn': (n) => `$${n}bn`,
}

/** English month abbreviations of narrow axis ticks ('Sep', not Intl's 'Sept'). */
const EN_SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const

/** `'Oct 25'` · `'25年10月'` or `'10月'`: two-digit year, so ticks fit a 390 px screen. */
function axisMonthShort(locale: Locale, ms: number, withYear: boolean): string {
  const d = new Date(ms)
  const yy = String(d.getUTCFullYear() % 100).padStart(2, '0')
  if (locale === 'en') return `${EN_SHORT_MONTHS[d.getUTCMonth()]!} ${yy}`
  const month = `${d.getUTCMonth() + 1}月`
  return withYear ? `${yy}年${month}` : month
}

export function createLang(locale: Locale, catalogue: Catalogue): Lang {
  const intl = LOCALE_META[locale].intl
  const i18n = setupI18n({
    locale,
    messages: { [locale]: catalogue as unknown as Messages },
    // A key missing from the catalogue shows itself rather than nothing.
    missing: (_locale, id) => `⟦${id}⟧`,
  })
  const date = new Intl.DateTimeFormat(intl, {
    ...utc,
    day: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    year: 'numeric',
  })
  const monthYear = new Intl.DateTimeFormat(intl, {
    ...utc,
    month: locale === 'en' ? 'short' : 'long',
    year: 'numeric',
  })
  const numbers = new Map<number, Intl.NumberFormat>()
  const numberFormat = (digits: number) => {
    let f = numbers.get(digits)
    if (!f) {
      // 'min2': 1200万吨 and 1,234,567, as each language writes them.
      f = new Intl.NumberFormat(intl, {
        maximumFractionDigits: digits,
        useGrouping: locale === 'en' ? 'auto' : 'min2',
      })
      numbers.set(digits, f)
    }
    return f
  }
  const number = (value: number, maxFractionDigits = 2) =>
    numberFormat(maxFractionDigits).format(value)
  return {
    locale,
    t: (key, values) => i18n._(key, values),
    date: (ms) => date.format(ms),
    monthYear: (ms) => monthYear.format(ms),
    axisMonth: (ms) => monthYear.format(ms),
    axisMonthShort: (ms, withYear = true) =>
      axisMonthShort(locale, ms, withYear),
    number,
    value: (value, unit) => {
      if (locale === 'en') return EN_UNITS[unit](number(value))
      const zh = ZH_UNITS[unit]
      // Rounded after scaling: 12.345 Mt → 1234.5万吨, not 1234.50000001.
      return zh.write(number(value * zh.factor))
    },
    percent: (ratio) => `${Math.round(ratio * 100)}%`,
  }
}
