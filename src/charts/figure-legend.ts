/** Legend entries of any figure, for the screen and for the exported image. */
import { REFERENCE_STYLE } from '@/charts/chart-theme'
import {
  type LegendItem,
  legendItemsForLines,
  referenceLegendItems,
} from '@/charts/legend-items'
import type { AnyFigure } from '@/domain/figure-model'
import type { Lang } from '@/domain/i18n'
import {
  type Theme,
  ROLE_COLORS,
  seriesStyle,
  windowStateColor,
} from '@/domain/palette'
import type { TimeChartModel } from '@/domain/time-chart'
import { WINDOW_STATE_META, WINDOW_STATES } from '@/domain/vocabulary'
import { EN_LANG } from '@/i18n/lang-context'

/** The as-of, today and event entries every time chart shares. */
function timeChartReferences(
  chart: TimeChartModel,
  theme: Theme,
  lang: Lang,
): LegendItem[] {
  return referenceLegendItems(
    theme,
    {
      asOf: chart.asOfX !== undefined,
      today: chart.todayX !== undefined,
      events: chart.markers.length > 0,
    },
    lang,
  )
}

/**
 * Legend entries of any figure, for the screen and for the exported image.
 * English unless the caller passes the reader's `lang` (the app's callers —
 * figure view, embed page, export pipeline — pass `useLang()` / the export's
 * language).
 */
export function legendFor(
  figure: AnyFigure,
  theme: Theme,
  lang: Lang = EN_LANG,
): LegendItem[] {
  const c = ROLE_COLORS[theme]
  switch (figure.kind) {
    case 'tariffs':
      return [
        ...legendItemsForLines(figure.chart.lines, theme, lang),
        ...timeChartReferences(figure.chart, theme, lang),
      ]
    case 'soybean-progress':
      return [
        ...legendItemsForLines(figure.chart.lines, theme, lang),
        ...(figure.chart.overlays?.bands ?? []).map((b) => ({
          label: b.label,
          color: c.target,
          dash: REFERENCE_STYLE.band.dash,
          shape: 'band' as const,
          strokeWidth: REFERENCE_STYLE.band.strokeWidth,
        })),
        ...(figure.chart.overlays?.targets ?? []).map((t) => ({
          label: lang.t('charts.legend.deadlineBand', { label: t.label }),
          color: c.target,
          dash: REFERENCE_STYLE.deadlineBand.dash,
          shape: 'band' as const,
          strokeWidth: REFERENCE_STYLE.deadlineBand.strokeWidth,
        })),
        ...timeChartReferences(figure.chart, theme, lang),
      ]
    case 'pauses':
      return [
        ...WINDOW_STATES.map((state) => ({
          label: lang.t(WINDOW_STATE_META[state].labelKey),
          color: windowStateColor(state, c),
          dash: '',
          shape: 'band' as const,
          strokeWidth: 1,
        })),
        {
          label: lang.t('charts.legend.afterAsOfWindows'),
          color: c.muted,
          dash: '6 3',
          shape: 'band',
          strokeWidth: 1,
        },
        ...referenceLegendItems(
          theme,
          {
            asOf: figure.asOfX !== undefined,
            today: figure.todayX !== undefined,
            events: false,
          },
          lang,
        ),
      ]
    case 'period-bars':
      return figure.bars.map((b) => ({
        label: b.label,
        color: seriesStyle(b.styleIndex, theme).color,
        dash: '',
        shape: 'bar',
        strokeWidth: 1,
      }))
  }
}
