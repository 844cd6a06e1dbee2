/**
 * The message catalogues, as `Lang`s. English is in the main chunk (it is the
 * default and the fallback); Chinese is its own chunk, loaded before the first
 * render when the page is Chinese (src/main.tsx) or when the reader switches.
 */
import { type Catalogue, type Lang, createLang } from '@/domain/i18n'
import type { Locale } from '@/domain/locale'
import { EN_LANG } from '@/i18n/lang-context'

// The same English `Lang` the context falls back to: built once, not twice
// (each build makes its date formats, part of the app's first task).
const loaded = new Map<Locale, Lang>([['en', EN_LANG]])
const listeners = new Set<() => void>()

const LOADERS: Record<Locale, () => Promise<Catalogue>> = {
  en: () => Promise.reject(new Error('English is always loaded')),
  'zh-CN': () => import('@/locales/zh-CN').then((m) => m.zhCN as Catalogue),
}

/** The `Lang` of `locale` if its catalogue is loaded. */
export function loadedLang(locale: Locale): Lang | undefined {
  return loaded.get(locale)
}

/** Loads the catalogue of `locale` (once) and tells `subscribeLangs` listeners. */
export async function loadLang(locale: Locale): Promise<Lang> {
  const have = loaded.get(locale)
  if (have) return have
  const lang = createLang(locale, await LOADERS[locale]())
  loaded.set(locale, lang)
  for (const notify of listeners) notify()
  return lang
}

/** For `useSyncExternalStore`: called when a catalogue finishes loading. */
export function subscribeLangs(onChange: () => void): () => void {
  listeners.add(onChange)
  return () => listeners.delete(onChange)
}

/** For prerendering and tests: registers an already imported catalogue. */
export function registerLang(lang: Lang): void {
  loaded.set(lang.locale, lang)
}
