/**
 * The reader's `Lang` (src/domain/i18n.ts) for every component: the app
 * provides it (src/app/providers.tsx), charts and ui read it with `useLang()`.
 * Pure functions never read it: components pass it to them.
 */
import { createContext, use } from 'react'

import type { Lang } from '@/domain/i18n'

export const LangContext = createContext<Lang | null>(null)

export function useLang(): Lang {
  const lang = use(LangContext)
  if (!lang)
    throw new Error('useLang() outside <LangContext> (see AppProviders)')
  return lang
}
