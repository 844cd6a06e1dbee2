/**
 * The figure contract every view model fulfils (tariffs, pauses, soybean
 * progress, period bars), the series toggles they share, and the union of
 * every figure the app draws.
 */
import type { Lang } from '@/domain/i18n'
import { inLocale } from '@/domain/localized'
import type { Commodity } from '@/domain/commodities'
import type { FigureTable } from '@/domain/figure-table'
import type { PauseFigureModel } from '@/domain/pause-view'
import type { PeriodBarsFigureModel } from '@/domain/period-view'
import type { SoybeanFigureModel } from '@/domain/soybean-view'
import type { TariffFigureModel } from '@/domain/tariff-view'
import type { TimeChartModel } from '@/domain/time-chart'
import type { Dataset } from '@/domain/types'

export interface FigureModel {
  /** Stable slug: DOM ids, export file names. */
  id: string
  commodity: Commodity
  /** Starts with the commodity label: it is the figure's accessible name. */
  title: string
  subtitle: string
  /** Plain-language summary generated from the data; the figure's description. */
  summary: string
  /** One or two sentences shown first, from the same data (domain/takeaway.ts). */
  takeaway: string
  table: FigureTable
  /** Sources behind what the figure shows, in first-use order. */
  sourceIds: readonly string[]
  /** Caveats drawn under the chart (conflicts, methods). */
  notes: readonly string[]
  /** What the data cannot say for this figure (from `meta.gaps`). */
  gaps: readonly string[]
}

/** A series the reader can switch on or off in a figure. */
export interface SeriesOption {
  id: string
  label: string
  visible: boolean
}

/** Every figure the app draws: the figure kind picks its chart. */
export type AnyFigure =
  | TariffFigureModel
  | SoybeanFigureModel
  | PauseFigureModel
  | PeriodBarsFigureModel

/** The dataset's known gaps that concern a commodity, in the reader's language. */
export function gapsFor(
  dataset: Dataset,
  commodity: Commodity,
  lang: Lang,
): string[] {
  return dataset.meta.gaps
    .filter((g) => g.commodities.includes(commodity))
    .map((g) => inLocale(g, 'text', lang.locale))
}

/** The time chart of a figure drawn on a time axis (tariffs, soybean progress). */
export function timeChartOf(figure: AnyFigure): TimeChartModel | undefined {
  return figure.kind === 'tariffs' || figure.kind === 'soybean-progress'
    ? figure.chart
    : undefined
}
