/**
 * MERGE SEAM (#14), to delete at the merge: the reader-facing texts of
 * pause-text.ts and date-precision.ts take a `lang` (branch zh-glance), while
 * the figures that call them (pause-view.ts, point-info.ts, chart-markers.ts)
 * get the reader's `lang` in another branch (zh-figures). Until the two
 * meet, those callers pass this English Lang; at the merge, pass their `lang`
 * instead and delete this file.
 */
import { type Catalogue, createLang } from '@/domain/i18n'
import { en } from '@/locales/en'

export const FIGURE_LANG = createLang('en', en as Catalogue)
