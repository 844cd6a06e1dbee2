/** The Chinese catalogue: the same areas as en.ts (tests/unit/locales/catalogues.test.ts). */
import app from '@/locales/zh-CN/app.json'
import exportArea from '@/locales/zh-CN/export.json'

export const zhCN = { ...app, ...exportArea }
