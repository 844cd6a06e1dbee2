/**
 * The dataset as a reader of one language sees it: in Chinese, every record's
 * display fields (labels, descriptions, notes, conflicts, layers, references,
 * items, gap texts, the dataset's title and description) are replaced by their
 * `zh` twins where the record has them, and stay English where it has none (a
 * user's dataset may carry no Chinese). Ids, numbers, dates and sources are
 * untouched; source titles stay in their original language.
 *
 * One step between the domain model and the view models, so every view model
 * reads `.label` as before and gets the reader's language. Memoised per dataset
 * and language: the same objects come back, so caches keyed by identity hold.
 */
import type { Locale } from '@/domain/locale'
import type { Dataset } from '@/domain/types'

const cache = new WeakMap<Dataset, Map<Locale, Dataset>>()

/** `record` with the fields its `zh` object holds put in place of the English ones. */
function withZh<T extends { readonly zh?: object | undefined }>(record: T): T {
  if (!record.zh) return record
  const present = Object.entries(record.zh).filter(([, v]) => v !== undefined)
  return { ...record, ...Object.fromEntries(present) }
}

function toChinese(d: Dataset): Dataset {
  return {
    ...d,
    meta: {
      ...withZh(d.meta),
      gaps: d.meta.gaps.map(withZh),
    },
    series: d.series.map((s) => ({
      ...withZh(s),
      points: s.points.map(withZh),
    })),
    targets: d.targets.map((t) => ({
      ...withZh(t),
      deadlines: t.deadlines.map(withZh),
    })),
    measures: d.measures.map((m) => ({
      ...withZh(m),
      windows: m.windows.map(withZh),
    })),
    events: d.events.map(withZh),
  }
}

export function localizeDataset(dataset: Dataset, locale: Locale): Dataset {
  if (locale === 'en') return dataset
  let byLocale = cache.get(dataset)
  if (!byLocale) cache.set(dataset, (byLocale = new Map()))
  let localized = byLocale.get(locale)
  if (!localized) byLocale.set(locale, (localized = toChinese(dataset)))
  return localized
}
