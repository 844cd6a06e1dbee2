/** View model of the export-control swimlanes: in-force periods, pauses and their countdowns. */
import { type DateRange, formatRange } from '@/domain/date-range'
import { lazyTable } from '@/domain/figure-table'
import type { Lang } from '@/domain/i18n'
import type { DashboardFilters } from '@/domain/filters'
import {
  computeCountdown,
  describeWindow,
  summarisePauses,
} from '@/domain/pause-text'
import { computeMarkers } from '@/domain/chart-markers'
import {
  measureText,
  pauseTableColumns,
  windowId,
  windowRows,
} from '@/domain/pause-table'
import { type ChartMarker } from '@/domain/time-chart'
import { inRangeX } from '@/domain/chart-axis'
import { pauseTakeaway } from '@/domain/takeaway'
import {
  type FigureModel,
  gapsFor,
  type SeriesOption,
} from '@/domain/figure-model'
import type { ControlMeasure, Dataset, TimeWindow } from '@/domain/types'
import type { Commodity } from '@/domain/commodities'
import { type Side, SIDE_META, type WindowState } from '@/domain/vocabulary'

/** A window's drawable parts: observed up to as-of, then scheduled or unknown. */
export interface LaneWindow {
  id: string
  state: WindowState
  /** [x1, x2] of the part up to the as-of date, clipped to the range. */
  observed?: readonly [number, number]
  /** [x1, x2] of the part after the as-of date: scheduled (known end) or unknown (open). */
  after?: readonly [number, number]
  afterKind?: 'scheduled' | 'unknown'
  /** Spoken and tooltip text: "Paused 7 Nov 2025 – 10 Nov 2026 (scheduled end)". */
  description: string
  countdown?: string
}

export interface Lane {
  id: string
  label: string
  side: Side
  reference: string
  items: string
  windows: readonly LaneWindow[]
}

export interface PauseFigureModel extends FigureModel {
  kind: 'pauses'
  /** Every measure of the commodity, shown or not (ids toggled off are hidden). */
  seriesOptions: readonly SeriesOption[]
  lanes: readonly Lane[]
  xDomain: readonly [number, number]
  markers: readonly ChartMarker[]
  asOfX?: number
  todayX?: number
}

function toLaneWindow(
  measure: ControlMeasure,
  w: TimeWindow,
  i: number,
  range: DateRange,
  asOfMs: number,
  nowMs: number,
  lang: Lang,
): LaneWindow {
  const end = w.endMs ?? Infinity
  const clip = (
    a: number,
    b: number,
  ): readonly [number, number] | undefined => {
    const x1 = Math.max(a, range.fromMs)
    const x2 = Math.min(b, range.toMs)
    return x1 < x2 ? [x1, x2] : undefined
  }
  // An announced window that never took effect is drawn whole, hatched.
  const observed =
    w.state === 'scheduled' ? undefined : clip(w.startMs, Math.min(end, asOfMs))
  const after =
    w.state === 'scheduled'
      ? clip(w.startMs, w.endMs ?? range.toMs)
      : end > asOfMs
        ? clip(Math.max(w.startMs, asOfMs), w.endMs ?? range.toMs)
        : undefined
  const countdown = computeCountdown(w, nowMs, asOfMs, lang)
  return {
    id: windowId(measure, i),
    state: w.state,
    ...(observed && { observed }),
    ...(after && {
      after,
      afterKind: w.endMs === null ? 'unknown' : 'scheduled',
    }),
    description: describeWindow(w, lang),
    ...(countdown !== undefined && { countdown }),
  }
}

/** DOM id of a commodity's swimlane figure (the target of in-page links). */
export function pauseFigureId(commodity: Commodity): string {
  return `${commodity}-pauses`
}

/** Swimlanes for one commodity's measures (China's first, then the US side). */
export function computePauseFigure(
  dataset: Dataset,
  commodity: Commodity,
  filters: Pick<DashboardFilters, 'range' | 'toggledSeries'>,
  nowMs: number,
  lang: Lang,
): PauseFigureModel {
  const { range } = filters
  // Measures are shown by default: a toggled one is hidden.
  const hiddenMeasures = filters.toggledSeries
  const asOf = dataset.meta.asOfMs
  const all = dataset.measures
    .filter((m) => m.commodity === commodity)
    .sort((a, b) =>
      a.side === b.side
        ? a.announcedMs - b.announcedMs
        : a.side === 'china'
          ? -1
          : 1,
    )
  const measures = all.filter((m) => !hiddenMeasures.includes(m.id))
  const lanes: Lane[] = measures.map((m) => ({
    id: m.id,
    ...measureText(m, lang),
    side: m.side,
    windows: m.windows.map((w, i) =>
      toLaneWindow(m, w, i, range, asOf, nowMs, lang),
    ),
  }))

  const asOfX = inRangeX(asOf, range)
  const todayX = inRangeX(nowMs, range)
  const isRare = commodity === 'rare-earths'
  return {
    kind: 'pauses',
    seriesOptions: all.map((m) => ({
      id: m.id,
      label: lang.t('figures.option.measure', {
        label: measureText(m, lang).label,
        side: lang.t(SIDE_META[m.side].labelKey),
      }),
      visible: !hiddenMeasures.includes(m.id),
    })),
    id: pauseFigureId(commodity),
    commodity,
    title: isRare
      ? lang.t('figures.title.rareEarthPauses')
      : lang.t('figures.title.tariffPauses'),
    subtitle: lang.t('figures.subtitle.pauses', {
      range: formatRange(range, lang),
    }),
    summary: summarisePauses(dataset, measures, nowMs, lang),
    takeaway: pauseTakeaway(measures, asOf, nowMs, lang),
    lanes,
    xDomain: [range.fromMs, range.toMs],
    markers: computeMarkers(dataset, commodity, range, nowMs, lang),
    ...(asOfX !== undefined && { asOfX }),
    ...(todayX !== undefined && { todayX }),
    table: lazyTable(
      lang.t('figures.table.caption.pauses', {
        range: formatRange(range, lang),
      }),
      pauseTableColumns(lang),
      () => windowRows(dataset, measures, range, nowMs, lang),
    ),
    sourceIds: [
      ...new Set(
        measures.flatMap((m) => [
          ...m.sourceIds,
          ...m.windows.flatMap((w) => w.sourceIds),
        ]),
      ),
    ],
    notes: [],
    gaps: gapsFor(dataset, commodity, lang),
  }
}
