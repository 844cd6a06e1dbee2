/**
 * Compiles the message catalogues (src/locales/<locale>.json, ICU
 * MessageFormat) to Lingui's compiled form when they are imported, so the
 * browser ships no ICU parser: only @lingui/core's small interpreter. A
 * message that does not parse fails the build (and the tests), naming it.
 * Used by vite.config.ts for the app, the tests and the prerender.
 */
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage'
import type { Plugin } from 'vite'

const CATALOGUE = /[/\\]src[/\\]locales[/\\].+\.json$/

/** `{ key: 'ICU message' }` → `{ key: compiled }`, naming the first message that does not parse. */
export function compileCatalogue(
  messages: Record<string, string>,
  file: string,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(messages).map(([key, message]) => {
      try {
        return [key, compileMessageOrThrow(message)]
      } catch (error) {
        throw new Error(
          `${file}: message "${key}" is not valid ICU MessageFormat: ${(error as Error).message}`,
          { cause: error },
        )
      }
    }),
  )
}

export function localeCatalogues(): Plugin {
  return {
    name: 'truce-tracker:locales',
    // Before Vite's JSON plugin, which then turns the compiled JSON into a module.
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id
      if (!CATALOGUE.test(file)) return null
      const messages = JSON.parse(code) as Record<string, string>
      return {
        code: JSON.stringify(compileCatalogue(messages, file)),
        map: null,
      }
    },
  }
}
