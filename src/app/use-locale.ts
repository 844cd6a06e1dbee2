/**
 * The reader's language: resolved from the URL, the remembered choice and the
 * browser (src/domain/locale.ts), switched by the language control, which
 * loads the catalogue first, then rewrites the URL (filters and range kept)
 * and remembers the choice.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react'

import { loadLang, loadedLang, subscribeLangs } from '@/app/catalogues'
import { URL_CHANGE_EVENT, subscribeToUrl } from '@/app/use-location-search'
import type { Lang } from '@/domain/i18n'
import {
  LANG_PARAM,
  LOCALE_META,
  type Locale,
  localeHref,
  resolveLocale,
} from '@/domain/locale'

const REMEMBER_KEY = 'truce-tracker:lang'

function remembered(): string | null {
  try {
    return window.localStorage.getItem(REMEMBER_KEY)
  } catch {
    return null // storage blocked: nothing remembered
  }
}

/** The language of the page at its current URL (browser only). */
export function currentLocale(): Locale {
  return resolveLocale({
    param: new URLSearchParams(window.location.search).get(LANG_PARAM),
    pathname: window.location.pathname,
    remembered: remembered(),
    browser: navigator.languages,
  })
}

/** Switches the page to `locale`: its catalogue, then the URL, then the memory. */
export async function switchLocale(locale: Locale): Promise<void> {
  await loadLang(locale)
  const { pathname, search, hash } = window.location
  window.history.replaceState(
    window.history.state,
    '',
    `${localeHref(locale, pathname, search)}${hash}`,
  )
  try {
    window.localStorage.setItem(REMEMBER_KEY, locale)
  } catch {
    // Storage blocked: the URL still holds the choice.
  }
  window.dispatchEvent(new Event(URL_CHANGE_EVENT))
}

/**
 * The page's `Lang`. `initial` is the language the page was (pre)rendered in:
 * hydration reads it, so the HTML matches; the URL decides afterwards. Until a
 * catalogue has loaded (a back button to a Chinese URL), English stands in.
 */
export function useLocaleLang(initial: Locale): Lang {
  const locale = useSyncExternalStore(
    subscribeToUrl,
    currentLocale,
    () => initial,
  )
  const lang = useSyncExternalStore(
    subscribeLangs,
    () => loadedLang(locale),
    () => loadedLang(initial),
  )
  useEffect(() => {
    if (!lang) void loadLang(locale)
  }, [lang, locale])
  const shown = lang ?? loadedLang('en')!
  useEffect(() => {
    document.documentElement.lang = LOCALE_META[shown.locale].htmlLang
    document.title = shown.t('app.documentTitle')
  }, [shown])
  return shown
}

/** The language control's action. */
export function useSwitchLocale(): (locale: Locale) => void {
  return useCallback((locale: Locale) => void switchLocale(locale), [])
}
