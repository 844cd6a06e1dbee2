/**
 * The English catalogue: one JSON file per area (keys prefixed by area), each
 * compiled at build time (scripts/locale-catalogues.ts). Its keys type
 * `MessageKey` (src/domain/i18n.ts); zh-CN.ts lists the same areas.
 */
import app from '@/locales/en/app.json'
import charts from '@/locales/en/charts.json'
import controls from '@/locales/en/controls.json'
import exports from '@/locales/en/export.json'
import figures from '@/locales/en/figures.json'
import glance from '@/locales/en/glance.json'
import page from '@/locales/en/page.json'
import sources from '@/locales/en/sources.json'
import status from '@/locales/en/status.json'
import vocab from '@/locales/en/vocab.json'

export const en = {
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
