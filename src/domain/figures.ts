/** The figure registry: which figures each commodity shows, in order, for the current filters. */
import { type Commodity, COMMODITIES } from '@/domain/commodities'
import { lazy } from '@/domain/lazy'
import type { AnyFigure } from '@/domain/figure-model'
import type { DashboardFilters } from '@/domain/filters'
import { computePauseFigure } from '@/domain/pause-view'
import { computePeriodFigure } from '@/domain/period-view'
import { computeSoybeanProgressFigure } from '@/domain/soybean-view'
import { computeTariffFigures } from '@/domain/tariff-view'
import type { Dataset } from '@/domain/types'
import type { Lang } from '@/domain/i18n'

type Builder = (
  dataset: Dataset,
  filters: DashboardFilters,
  nowMs: number,
  lang: Lang,
) => AnyFigure[]

const defined = <T>(x: T | undefined): x is T => x !== undefined

export const FIGURE_BUILDERS: Record<Commodity, Builder> = {
  tariffs: (d, f, now, lang) => [
    ...computeTariffFigures(d, f, now, lang),
    ...(d.measures.some((m) => m.commodity === 'tariffs')
      ? [computePauseFigure(d, 'tariffs', f, now, lang)]
      : []),
  ],
  'rare-earths': (d, f, now, lang) =>
    [
      d.measures.some((m) => m.commodity === 'rare-earths')
        ? computePauseFigure(d, 'rare-earths', f, now, lang)
        : undefined,
      computePeriodFigure(
        d,
        'rare-earths',
        'month',
        f.range,
        {
          id: 'rare-earths-magnet-exports',
          titleKey: 'figures.title.magnetExports',
        },
        lang,
      ),
    ].filter(defined),
  soybeans: (d, f, now, lang) =>
    [
      ...d.targets
        .filter((t) => t.commodity === 'soybeans')
        .filter(
          (t) =>
            t.startMs <= f.range.toMs &&
            t.deadlines[t.deadlines.length - 1]!.dateMs >= f.range.fromMs,
        )
        .map((t) => computeSoybeanProgressFigure(d, t, f, now, lang)),
      computePeriodFigure(
        d,
        'soybeans',
        'month',
        f.range,
        {
          id: 'soybeans-monthly-imports',
          titleKey: 'figures.title.soybeanMonthlyImports',
        },
        lang,
      ),
      computePeriodFigure(
        d,
        'soybeans',
        'year',
        f.range,
        {
          id: 'soybeans-annual-imports',
          titleKey: 'figures.title.soybeanAnnualImports',
        },
        lang,
      ),
    ].filter(defined),
}

/**
 * The figures of each commodity for one dataset, filters, day and language
 * (each call builds its own, so the laziness is keyed on all four), each built
 * the first time it is asked for and then kept: a hidden commodity costs
 * nothing, and each section computes its own figures when it renders (so the
 * work comes in one piece per section, not all at once).
 */
export function lazyFigures(
  dataset: Dataset,
  filters: DashboardFilters,
  nowMs: number,
  lang: Lang,
): (commodity: Commodity) => AnyFigure[] {
  const built = Object.fromEntries(
    COMMODITIES.map((c) => [
      c,
      lazy(() => FIGURE_BUILDERS[c](dataset, filters, nowMs, lang)),
    ]),
  ) as Record<Commodity, () => AnyFigure[]>
  return (commodity) => built[commodity]()
}

/**
 * The figure with this id among the filtered commodities, or undefined;
 * commodities after the one that holds it are not built (an embed shows one
 * figure).
 */
export function findFigure(
  dataset: Dataset,
  filters: DashboardFilters,
  nowMs: number,
  id: string,
  lang: Lang,
): AnyFigure | undefined {
  const figuresOf = lazyFigures(dataset, filters, nowMs, lang)
  for (const commodity of filters.commodities) {
    const figure = figuresOf(commodity).find((f) => f.id === id)
    if (figure) return figure
  }
  return undefined
}
