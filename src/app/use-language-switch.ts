import { useLocationSearch } from '@/app/use-location-search'
import { switchLocale } from '@/app/use-locale'
import { LOCALE_META, LOCALES, localeHref } from '@/domain/locale'
import { useLang } from '@/i18n/lang-context'
import type { LanguageSwitchProps } from '@/ui/language-switch'

/** The language control's target: the other language, at the same view's URL. */
export function useLanguageSwitch(): LanguageSwitchProps {
  const { locale } = useLang()
  const search = useLocationSearch()
  const to = LOCALES.find((l) => l !== locale)!
  // Prerendering and hydration see the page of the HTML's language.
  const pathname =
    typeof window === 'undefined'
      ? LOCALE_META[locale].path
      : window.location.pathname
  return {
    to,
    href: localeHref(to, pathname, search),
    onSwitch: (next) => void switchLocale(next),
  }
}
