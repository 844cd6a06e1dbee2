/**
 * The lines an exported image writes under its chart besides the source line
 * (src/domain/source-line.ts): the numbered events, and the footer that says
 * what the image is of (as-of date, dataset, app, the URL of the view).
 */
import { formatAsOfDate } from '@/domain/format'
import type { Lang } from '@/domain/i18n'
import type { ChartMarker } from '@/domain/time-chart'
import type { DatasetMeta } from '@/domain/types'

/**
 * The events drawn on a time chart, numbered as on the chart, in one line:
 * `'Events: (1) 2025-10-30 Busan summit; (2) …'` ·
 * `'事件：（1）2025-10-30，釜山峰会；（2）…。'`; none → no line.
 */
export function exportEventLines(
  markers: readonly Pick<ChartMarker, 'n' | 'date' | 'label'>[],
  lang: Lang,
): string[] {
  if (markers.length === 0) return []
  const events = markers
    .map((m) =>
      lang.t('export.event', { n: m.n, date: m.date, label: m.label }),
    )
    .join(lang.t('export.itemSeparator'))
  return [lang.t('export.events', { events })]
}

/**
 * `'Data as of 2026-06-29 · dataset “…” v2026.11.29-1 · Truce Tracker · <url>'`:
 * the as-of date is a stamp (ISO, as in the image's metadata and file name).
 */
export function exportFooterLine(
  meta: Pick<DatasetMeta, 'asOfMs' | 'title' | 'version'>,
  pageUrl: string,
  lang: Lang,
): string {
  return lang.t('export.footer', {
    date: formatAsOfDate(meta.asOfMs),
    title: meta.title,
    version: meta.version,
    app: lang.t('app.name'),
    url: pageUrl,
  })
}
