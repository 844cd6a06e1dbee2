/**
 * The reader's `Lang` (src/domain/i18n.ts) for every component: the app
 * provides it (src/app/providers.tsx), charts and ui read it with `useLang()`.
 * Pure functions never read it: components pass it to them. Without a
 * provider (a component rendered alone in a test) it is English.
 */
import { createContext, use } from 'react'

import { type Catalogue, type Lang, createLang } from '@/domain/i18n'
import { en } from '@/locales/en'

/** English: the default language and the fallback of every other. */
export const EN_LANG: Lang = createLang('en', en as Catalogue)

export const LangContext = createContext<Lang>(EN_LANG)

export function useLang(): Lang {
  return use(LangContext)
}
