/**
 * The English catalogue: one JSON file per area (keys prefixed by area), each
 * compiled at build time (scripts/locale-catalogues.ts). Its keys type
 * `MessageKey` (src/domain/i18n.ts); zh-CN.ts lists the same areas.
 */
import app from '@/locales/en/app.json'
import exportArea from '@/locales/en/export.json'

export const en = { ...app, ...exportArea }
