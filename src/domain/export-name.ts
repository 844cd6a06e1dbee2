/** Deterministic, descriptive export file names. */
import type { DateRange } from '@/domain/date-range'
import { formatIsoDate } from '@/domain/dates'

export const EXPORT_FORMATS = ['png', 'svg', 'csv'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** `'Tariffs: US on China!'` → `'tariffs-us-on-china'`. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return slug === '' ? 'figure' : slug
}

/** `('soybeans-soy-12mt', range, asOf, 'png')` → `'soybeans-soy-12mt_2025-01-01_2026-12-31_asof-2026-06-29.png'`. */
export function toExportFileName(
  figureSlug: string,
  range: DateRange,
  asOfMs: number,
  format: ExportFormat,
): string {
  return `${slugify(figureSlug)}_${formatIsoDate(range.fromMs)}_${formatIsoDate(range.toMs)}_asof-${formatIsoDate(asOfMs)}.${format}`
}
