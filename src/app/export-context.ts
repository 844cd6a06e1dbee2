/** What an exported image draws besides its figure: shared by the export menu and the pipeline. */
import type { DashboardFilters } from '@/domain/filters'
import type { Lang } from '@/domain/i18n'
import type { Theme } from '@/domain/palette'
import type { Dataset } from '@/domain/types'

export interface ExportContext {
  dataset: Dataset
  filters: DashboardFilters
  theme: Theme
  /** The reader's language: exports are written in it. */
  lang: Lang
}
