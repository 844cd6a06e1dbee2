/** The Chinese catalogue: the same areas as en.ts (tests/unit/locales/catalogues.test.ts). */
import app from '@/locales/zh-CN/app.json'
import glance from '@/locales/zh-CN/glance.json'

export const zhCN = { ...app, ...glance }
