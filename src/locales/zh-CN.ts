/** The Chinese catalogue: the same areas as en.ts (tests/unit/locales/catalogues.test.ts). */
import app from '@/locales/zh-CN/app.json'
import figures from '@/locales/zh-CN/figures.json'
import vocab from '@/locales/zh-CN/vocab.json'

export const zhCN = { ...app, ...figures, ...vocab }
