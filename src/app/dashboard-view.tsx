import {
  memo,
  type ReactNode,
  Suspense,
  useCallback,
  useDeferredValue,
  useMemo,
} from 'react'

import { useNow } from '@/app/clock'
import { FigureView, type FigureViewProps } from '@/app/figure-view'
import { PrintButton, PrintFooter } from '@/app/print-view'
import { useColorScheme } from '@/app/use-color-scheme'
import { useDashboardFilters } from '@/app/use-dashboard-filters'
import { type Commodity, COMMODITY_META } from '@/domain/commodities'
import { startOfUtcDay } from '@/domain/dates'
import { formatAsOfDate } from '@/domain/format'
import type { AnyFigure } from '@/domain/figure-model'
import { lazyFigures } from '@/domain/figures'
import { figureFiltersKey, parseFilters, toggleSeries } from '@/domain/filters'
import { computeGlance, isCardFigureShown } from '@/domain/glance/at-a-glance'
import { freshnessNote } from '@/domain/glance/freshness'
import { localizeDataset } from '@/domain/localize-dataset'
import type { Dataset } from '@/domain/types'
import { useLang } from '@/i18n/lang-context'
import { downloadText } from '@/lib/download-file'
import { AtAGlance } from '@/ui/at-a-glance/at-a-glance'
import { CalendarDownload } from '@/ui/calendar-download'
import { DatasetIntro } from '@/ui/dataset-intro'
import { CommodityFilter } from '@/ui/controls/commodity-filter'
import { FiltersDisclosure } from '@/ui/controls/filters-disclosure'
import { RangeControl } from '@/ui/controls/range-control'
import { TariffOptions } from '@/ui/controls/tariff-options'
import { GapsPanel } from '@/ui/gaps-panel'
import { SourcesPanel } from '@/ui/sources-panel'
import { DroppedRecords } from '@/ui/status/dropped-records'
import { RenderErrorBoundary } from '@/ui/status/render-error-boundary'
import { summariseFilters } from '@/domain/filters-summary'

interface DashboardViewProps {
  dataset: Dataset
}

/**
 * Lays out controls and figures for a validated dataset; figures come from
 * pure view-model functions. Memoised: a parent re-render (e.g. controls
 * switched on after hydration) must not reach sections still hydrating.
 */
export const DashboardView = memo(function DashboardView({
  dataset: validated,
}: DashboardViewProps) {
  const lang = useLang()
  const { t } = lang
  // The dataset in the reader's language (labels, descriptions, notes).
  const dataset = useMemo(
    () => localizeDataset(validated, lang.locale),
    [validated, lang],
  )
  const [filters, setFilters] = useDashboardFilters()
  const theme = useColorScheme()
  const now = useNow()
  // "Today" only matters to the day: recompute figures when the date changes, not every render.
  const today = startOfUtcDay(now)
  // Figures are kept per commodity and keyed by the filters that shape them (not
  // by which commodities are shown): hiding or showing a commodity recomputes
  // nothing. Each section builds its own on first render.
  const shapeKey = figureFiltersKey(filters)
  const current = useMemo(() => filters, [shapeKey]) // eslint-disable-line react-hooks/exhaustive-deps -- keyed by value
  // The controls answer a click at once; the figures follow in a background
  // render that React slices and abandons if another change comes first.
  const shaping = useDeferredValue(current)
  const figuresOf = useMemo(
    () => lazyFigures(dataset, shaping, today, lang),
    [dataset, shaping, today, lang],
  )
  const sources = useMemo(() => Object.values(dataset.sources), [dataset])
  const glance = useMemo(
    () => computeGlance(dataset, today, lang),
    [dataset, today, lang],
  )
  const freshness = freshnessNote(dataset.meta.asOfMs, today, lang)
  // Stable callbacks and context, so memoised figures skip re-rendering when
  // another commodity is shown or hidden.
  const onToggleSeries = useCallback(
    (id: string) => {
      const current = parseFilters(window.location.search)
      setFilters({
        ...current,
        toggledSeries: toggleSeries(current.toggledSeries, id),
      })
    },
    [setFilters],
  )
  const exportContext = useMemo(
    () => ({ dataset, filters: shaping, theme, lang }),
    [dataset, shaping, theme, lang],
  )
  const figureProps = { dataset, theme, onToggleSeries, exportContext }
  return (
    <>
      <DroppedRecords dropped={dataset.dropped} />
      <AtAGlance
        cards={glance}
        {...(freshness !== undefined && { freshness })}
        isFigureShown={(card) => isCardFigureShown(card, filters)}
      />
      <DatasetIntro description={dataset.meta.description} />
      <section className="controls" aria-label={t('controls.filters')}>
        <FiltersDisclosure summary={summariseFilters(filters, lang)}>
          <CommodityFilter
            value={filters.commodities}
            onChange={(commodities) => setFilters({ ...filters, commodities })}
          />
          <RangeControl
            value={filters.range}
            onChange={(range) => setFilters({ ...filters, range })}
          />
          {filters.commodities.includes('tariffs') && (
            <TariffOptions
              direction={filters.direction}
              showAverages={filters.showAverages}
              onDirection={(direction) => setFilters({ ...filters, direction })}
              onShowAverages={(showAverages) =>
                setFilters({ ...filters, showAverages })
              }
            />
          )}
          <div className="control-group control-group--plain">
            <button
              type="button"
              onClick={() =>
                // The CSV writer loads on use: the first view does not need it.
                void import('@/domain/csv').then(({ datasetToTidyCsv }) =>
                  downloadText(
                    datasetToTidyCsv(dataset, lang),
                    `truce-tracker_full-dataset_asof-${formatAsOfDate(dataset.meta.asOfMs)}.csv`,
                    'text/csv;charset=utf-8',
                  ),
                )
              }
            >
              {t('controls.fullDataset', { format: 'CSV' })}
            </button>
            <CalendarDownload
              dataset={dataset}
              commodities={filters.commodities}
            />
            <PrintButton />
          </div>
        </FiltersDisclosure>
      </section>
      {filters.commodities.length === 0 && (
        <p className="empty-note">{t('page.noCommodity')}</p>
      )}
      {filters.commodities.map((commodity) => (
        <Part
          key={commodity}
          label={t('page.part.section', {
            commodity: t(COMMODITY_META[commodity].labelKey),
          })}
        >
          <CommoditySection
            commodity={commodity}
            figuresOf={figuresOf}
            {...figureProps}
          />
        </Part>
      ))}
      <GapsPanel gaps={dataset.meta.gaps} />
      <Part label={t('page.part.sources')}>
        <SourcesPanel sources={sources} />
      </Part>
      <PrintFooter asOfMs={dataset.meta.asOfMs} />
    </>
  )
})

/**
 * A part of the page that fails alone (error boundary) and hydrates alone
 * (a Suspense boundary, though nothing suspends: React hydrates the
 * prerendered page part by part, not in one long task).
 */
function Part({ label, children }: { label: string; children: ReactNode }) {
  return (
    <RenderErrorBoundary label={label}>
      <Suspense>{children}</Suspense>
    </RenderErrorBoundary>
  )
}

/** A commodity's figures; what each FigureView needs besides its figure is passed through. */
interface CommoditySectionProps extends Omit<FigureViewProps, 'figure'> {
  commodity: Commodity
  figuresOf: (commodity: Commodity) => AnyFigure[]
}

function CommoditySection({
  commodity,
  figuresOf,
  ...figureProps
}: CommoditySectionProps) {
  const { t } = useLang()
  const figures = figuresOf(commodity)
  const label = t(COMMODITY_META[commodity].labelKey)
  return (
    <section
      className="commodity-section"
      aria-labelledby={`section-${commodity}`}
    >
      <h2 id={`section-${commodity}`}>{label}</h2>
      {figures.length === 0 && (
        <p className="empty-note">
          {t('page.noData', { label: label.toLowerCase() })}
        </p>
      )}
      {figures.map((figure) => (
        <Part
          key={figure.id}
          label={t('page.part.figure', { title: figure.title })}
        >
          <FigureView figure={figure} {...figureProps} />
        </Part>
      ))}
    </section>
  )
}
