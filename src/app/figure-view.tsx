/** Maps a figure model to its frame and chart: the one place that knows every figure kind. */
import { memo, useState } from 'react'

import type { ExportContext } from '@/app/export-context'
import { FigureExport } from '@/app/export-menu-wiring'
import { ChartBody, chartHeightOf } from '@/charts/chart-body'
import { ChartFrame } from '@/charts/chart-frame'
import { Deferred } from '@/charts/deferred'
import { EventList } from '@/charts/event-list'
import { legendFor } from '@/charts/figure-legend'
import { useElementWidth } from '@/charts/use-element-width'
import { type AnyFigure, timeChartOf } from '@/domain/figure-model'
import type { Theme } from '@/domain/palette'
import { computeAsOfLine, computeSourceLine } from '@/domain/source-line'
import { useLang } from '@/i18n/lang-context'
import type { Dataset } from '@/domain/types'
import { SeriesToggles } from '@/ui/controls/series-toggles'

export interface FigureViewProps {
  figure: AnyFigure
  dataset: Dataset
  theme: Theme
  onToggleSeries: (id: string) => void
  exportContext: ExportContext
}

/** Memoised: a figure re-renders only when its own model, theme or dataset changes. */
export const FigureView = memo(function FigureView({
  figure,
  dataset,
  theme,
  onToggleSeries,
  exportContext,
}: FigureViewProps) {
  const lang = useLang()
  const { t } = lang
  const actions = (
    <FigureExport
      figure={figure}
      context={exportContext}
      chartHeight={chartHeightOf(figure)}
    />
  )
  const [ref, width] = useElementWidth<HTMLDivElement>(800)
  const [focused, setFocused] = useState<string | null>(null)
  const controls =
    figure.kind === 'tariffs' ? (
      <SeriesToggles
        label={t('controls.series.tariffLayers')}
        options={figure.seriesOptions}
        onToggle={onToggleSeries}
      />
    ) : figure.kind === 'pauses' ? (
      <SeriesToggles
        label={t('controls.series.measures')}
        options={figure.seriesOptions}
        onToggle={onToggleSeries}
      />
    ) : figure.kind === 'soybean-progress' &&
      figure.seriesOptions.length > 0 ? (
      <SeriesToggles
        label={t('controls.series.dataSources')}
        options={figure.seriesOptions}
        onToggle={onToggleSeries}
      />
    ) : undefined
  const markers = timeChartOf(figure)?.markers ?? []
  const footer = (
    <>
      {figure.kind === 'pauses' && (
        <p className="timeline-focus" aria-live="polite">
          {focused ?? t('page.focusHint')}
        </p>
      )}
      <EventList markers={markers} />
    </>
  )
  return (
    <ChartFrame
      id={figure.id}
      title={figure.title}
      subtitle={figure.subtitle}
      summary={figure.summary}
      takeaway={figure.takeaway}
      legend={legendFor(figure, theme, lang)}
      notes={figure.notes}
      gaps={figure.gaps}
      sourceLine={computeSourceLine(dataset, figure.sourceIds, lang)}
      asOfLine={computeAsOfLine(dataset, lang)}
      table={figure.table}
      {...(actions !== undefined && { actions })}
      {...(controls !== undefined && { controls })}
      footer={footer}
    >
      <div ref={ref} className="chart-sizer">
        <Deferred height={chartHeightOf(figure)}>
          <ChartBody
            figure={figure}
            width={width}
            theme={theme}
            interactive
            onFocusWindow={(lane, w) =>
              setFocused(
                t(w.countdown ? 'page.focusCountdown' : 'page.focus', {
                  label: lane.label,
                  reference: lane.reference,
                  items: lane.items,
                  description: w.description,
                  countdown: w.countdown ?? '',
                }),
              )
            }
          />
        </Deferred>
      </div>
    </ChartFrame>
  )
})
