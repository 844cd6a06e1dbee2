/**
 * The language control: a link to the same view in the other language, named
 * in that language ("中文" on the English page, "English" on the Chinese one)
 * and marked with its `lang`, so screen readers pronounce it right. Without
 * JavaScript it is a plain link to the other prerendered page; with it, the
 * page switches in place and keeps its state.
 */
import type { MouseEvent } from 'react'

import { LOCALE_META, type Locale } from '@/domain/locale'
import { useLang } from '@/i18n/lang-context'

export interface LanguageSwitchProps {
  to: Locale
  href: string
  onSwitch: (locale: Locale) => void
}

export function LanguageSwitch({ to, href, onSwitch }: LanguageSwitchProps) {
  const lang = useLang()
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window keeps the browser's behaviour.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    onSwitch(to)
  }
  const target = LOCALE_META[to]
  return (
    <a
      className="language-switch"
      href={href}
      lang={target.htmlLang}
      hrefLang={target.htmlLang}
      title={lang.t('language.switchHint')}
      aria-label={target.nativeName}
      onClick={onClick}
    >
      {/* The name is read from aria-label, in the link's language. The letters
          are drawn without one: Chinese letters marked zh-CN made the English
          page's first layout look up the system's Chinese fonts by language
          (fontconfig, on Linux), ~100 ms of a 4x-throttled load (README,
          Performance). */}
      <span aria-hidden="true" lang="">
        {target.nativeName}
      </span>
    </a>
  )
}
