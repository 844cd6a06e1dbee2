/** The Chinese catalogue: the same areas as en.ts (tests/unit/locales/catalogues.test.ts). */
import app from '@/locales/zh-CN/app.json'
import charts from '@/locales/zh-CN/charts.json'
import controls from '@/locales/zh-CN/controls.json'
import exports from '@/locales/zh-CN/export.json'
import figures from '@/locales/zh-CN/figures.json'
import glance from '@/locales/zh-CN/glance.json'
import page from '@/locales/zh-CN/page.json'
import sources from '@/locales/zh-CN/sources.json'
import status from '@/locales/zh-CN/status.json'
import vocab from '@/locales/zh-CN/vocab.json'

export const zhCN = {
  ...app,
  ...charts,
  ...controls,
  ...exports,
  ...figures,
  ...glance,
  ...page,
  ...sources,
  ...status,
  ...vocab,
}
