/**
 * The registry of the languages the dashboard speaks, and how the reader's
 * language is chosen: the URL (`?lang=zh-CN`, so shared links keep it; the
 * prerendered Chinese page lives at `/zh/`), else the remembered choice, else
 * the browser's languages, else English.
 */
export const LOCALES = ['en', 'zh-CN'] as const
export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'en'

/** The URL parameter that holds the language. */
export const LANG_PARAM = 'lang'

export const LOCALE_META = {
  en: {
    /** `<html lang>` and `lang` attributes. */
    htmlLang: 'en',
    /** The locale given to `Intl` (British English: "29 Jun 2026"). */
    intl: 'en-GB',
    /** Where the prerendered page of this language is served. */
    path: '/',
    /** The language's own name, as the language control shows it. */
    nativeName: 'English',
  },
  'zh-CN': {
    htmlLang: 'zh-CN',
    intl: 'zh-CN',
    path: '/zh/',
    nativeName: '中文',
  },
} as const satisfies Record<
  Locale,
  { htmlLang: string; intl: string; path: string; nativeName: string }
>

/**
 * A language tag → the locale that serves it, or undefined: `zh`, `zh-CN`,
 * `zh-Hans`, `zh-SG` → `zh-CN`; `en`, `en-US` → `en` (case-insensitive).
 * Traditional Chinese tags (`zh-TW`, `zh-HK`, `zh-Hant`) are not served by
 * the Simplified catalogue, so they are not matched.
 */
export function parseLocale(
  tag: string | null | undefined,
): Locale | undefined {
  const t = tag?.trim().toLowerCase()
  if (!t) return undefined
  if (t === 'en' || t.startsWith('en-')) return 'en'
  if (/^zh(-(cn|sg|hans)(-.*)?)?$/.test(t)) return 'zh-CN'
  return undefined
}

/** The locale whose prerendered page is at this path (`/zh/…` → `zh-CN`), if any. */
export function localeOfPath(pathname: string): Locale | undefined {
  return /^\/zh(\/|$)/.test(pathname) ? 'zh-CN' : undefined
}

export interface LocaleInputs {
  /** The `lang` URL parameter. */
  param?: string | null
  pathname?: string
  /** The reader's remembered choice. */
  remembered?: string | null
  /** `navigator.languages`, most preferred first. */
  browser?: readonly string[]
}

/** The reader's language: URL parameter, then path, then remembered choice, then the browser's first served language. */
export function resolveLocale({
  param,
  pathname = '/',
  remembered,
  browser = [],
}: LocaleInputs): Locale {
  return (
    parseLocale(param) ??
    localeOfPath(pathname) ??
    parseLocale(remembered) ??
    browser.map(parseLocale).find((l) => l !== undefined) ??
    DEFAULT_LOCALE
  )
}

/**
 * The URL of the same view in another language: the path of that language's
 * page (`/` or `/zh/`; embeds keep theirs) and every other parameter kept, with
 * `lang` set, so filters and range survive the switch.
 */
export function localeHref(
  locale: Locale,
  pathname: string,
  search: string,
): string {
  const params = new URLSearchParams(search)
  params.set(LANG_PARAM, locale)
  const isPage = pathname === '/' || localeOfPath(pathname) !== undefined
  const path = isPage ? LOCALE_META[locale].path : pathname
  return `${path}?${params.toString()}`
}
