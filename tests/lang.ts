/** The two languages, for tests of pure functions that write text. */
import { type Catalogue, createLang } from '@/domain/i18n'
import { EN_LANG } from '@/i18n/lang-context'
import { zhCN } from '@/locales/zh-CN'

export const en = EN_LANG
export const zh = createLang('zh-CN', zhCN as Catalogue)
