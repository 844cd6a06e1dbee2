/**
 * The catalogues stay complete and in use: the same keys in every language,
 * the same placeholders in each message, Chinese words in every Chinese
 * message, and every key used somewhere in src/ (and, through the typed
 * `MessageKey`, every key used exists: tsc checks that).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage'
import { describe, expect, it } from 'vitest'

import { LOCALES } from '@/domain/locale'
import { en as enBarrel } from '@/locales/en'
import { zhCN as zhBarrel } from '@/locales/zh-CN'

const ROOT = join(__dirname, '../../..')
const LOCALES_DIR = join(ROOT, 'src/locales')
/** The area files of a locale: `{ 'app.json': { key: message } }`. */
const areas = (locale: string) =>
  Object.fromEntries(
    readdirSync(join(LOCALES_DIR, locale))
      .filter((f) => f.endsWith('.json'))
      .map((f) => [
        f,
        JSON.parse(
          readFileSync(join(LOCALES_DIR, locale, f), 'utf8'),
        ) as Record<string, string>,
      ]),
  )
const areasOf = Object.fromEntries(LOCALES.map((l) => [l, areas(l)]))
const merged = (locale: string) =>
  Object.assign({}, ...Object.values(areasOf[locale]!)) as Record<
    string,
    string
  >
const catalogues = Object.fromEntries(LOCALES.map((l) => [l, merged(l)]))
const en = catalogues.en!
const zh = catalogues['zh-CN']!

/** Messages written in the other language on purpose: the language control's hint speaks to readers of the target language. */
const NOT_CHINESE = new Set(['language.switchHint'])

/** The names of a message's placeholders, plural/select arguments included. */
function placeholders(message: string): string[] {
  const names = new Set<string>()
  const walk = (tokens: unknown): void => {
    if (!Array.isArray(tokens)) return
    for (const token of tokens) {
      if (!Array.isArray(token)) continue
      names.add(token[0] as string)
      const choices = token[2]
      if (choices && typeof choices === 'object')
        for (const choice of Object.values(choices)) walk(choice)
    }
  }
  walk(compileMessageOrThrow(message))
  return [...names].sort()
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

describe('message catalogues', () => {
  it('split into the same area files in every language, no key in two areas', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(areasOf[locale]!).sort()).toEqual(
        Object.keys(areasOf.en!).sort(),
      )
      const keys = Object.values(areasOf[locale]!).flatMap(Object.keys)
      expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([])
    }
  })

  it('import every area file into the catalogue modules (en.ts, zh-CN.ts)', () => {
    expect(Object.keys(enBarrel).sort()).toEqual(Object.keys(en).sort())
    expect(Object.keys(zhBarrel).sort()).toEqual(Object.keys(zh).sort())
  })

  it('hold the same keys in every language', () => {
    for (const locale of LOCALES) {
      const keys = Object.keys(catalogues[locale]!)
      expect
        .soft(
          Object.keys(en).filter((k) => !keys.includes(k)),
          `keys missing from ${locale}.json`,
        )
        .toEqual([])
      expect
        .soft(
          keys.filter((k) => !(k in en)),
          `keys in ${locale}.json that en.json lacks`,
        )
        .toEqual([])
    }
  })

  it('give each message the same placeholders in every language', () => {
    const differ = Object.keys(en).filter(
      (key) =>
        key in zh &&
        placeholders(en[key]!).join() !== placeholders(zh[key]!).join(),
    )
    expect(differ).toEqual([])
  })

  it('write every Chinese message in Chinese', () => {
    const notChinese = Object.entries(zh)
      .filter(([key]) => !NOT_CHINESE.has(key))
      // Placeholders alone ("{value}") need no words.
      .filter(
        ([, message]) =>
          /[A-Za-z]{2}/.test(message.replace(/\{[^}]*\}/g, '')) ||
          // A list separator ('、', '；') is Chinese punctuation alone.
          !/[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]/.test(message),
      )
      .filter(([, message]) => message.replace(/\{[^}]*\}/g, '').trim() !== '')
      .map(([key]) => key)
    expect(notChinese).toEqual([])
  })

  it('use every key somewhere in src/', () => {
    const code = sourceFiles(join(ROOT, 'src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    const unused = Object.keys(en).filter(
      (key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`),
    )
    expect(unused).toEqual([])
  })
})
