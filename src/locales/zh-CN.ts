/** The Chinese catalogue: the same areas as en.ts (tests/unit/locales/catalogues.test.ts). */
import app from '@/locales/zh-CN/app.json'
import charts from '@/locales/zh-CN/charts.json'

export const zhCN = { ...app, ...charts }
