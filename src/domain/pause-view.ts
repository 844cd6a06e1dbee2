/** View model of the export-control swimlanes: in-force periods, pauses and their countdowns. */
import { type DateRange, formatRange } from '@/domain/date-range'
import { formatIsoDate } from '@/domain/dates'
import { lazyTable, type TableRow } from '@/domain/figure-table'
import type { DashboardFilters } from '@/domain/filters'
import {
  computeCountdown,
  describeWindow,
  summarisePauses,
} from '@/domain/pause-text'
import { FIGURE_LANG } from '@/domain/figure-lang-seam'
import { computeMarkers } from '@/domain/chart-markers'
import { type ChartMarker } from '@/domain/time-chart'
import { inRangeX } from '@/domain/chart-axis'
import { resolveSources } from '@/domain/point-info'
import { pauseTakeaway } from '@/domain/takeaway'
import {
  type FigureModel,
  gapsFor,
  type SeriesOption,
} from '@/domain/figure-model'
import type { ControlMeasure, Dataset, TimeWindow } from '@/domain/types'
import type { Commodity } from '@/domain/commodities'
import {
  type Side,
  SIDE_META,
  WINDOW_STATE_META,
  type WindowState,
} from '@/domain/vocabulary'

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

/** A window's id: its measure's id and its place among the measure's windows (whatever is shown). */
function windowId(measure: ControlMeasure, index: number): string {
  return `${measure.id}-${index}`
}

function toLaneWindow(
  measure: ControlMeasure,
  w: TimeWindow,
  i: number,
  range: DateRange,
  asOfMs: number,
  nowMs: number,
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
  const countdown = computeCountdown(w, nowMs, asOfMs, FIGURE_LANG)
  return {
    id: windowId(measure, i),
    state: w.state,
    ...(observed && { observed }),
    ...(after && {
      after,
      afterKind: w.endMs === null ? 'unknown' : 'scheduled',
    }),
    description: describeWindow(w, FIGURE_LANG),
    ...(countdown !== undefined && { countdown }),
  }
}

function windowRows(
  dataset: Dataset,
  measures: readonly ControlMeasure[],
  range: DateRange,
  nowMs: number,
): TableRow[] {
  return measures.flatMap((m) =>
    m.windows
      .map((w, i) => ({ w, id: windowId(m, i) }))
      .filter(
        ({ w }) =>
          w.startMs <= range.toMs && (w.endMs ?? Infinity) >= range.fromMs,
      )
      .map(({ w, id }) => ({
        id,
        cells: {
          measure: m.label,
          side: SIDE_META[m.side].label,
          reference: m.reference,
          items: m.items.join(', '),
          state: WINDOW_STATE_META[w.state].label,
          start: formatIsoDate(w.startMs),
          end: w.endMs === null ? '' : formatIsoDate(w.endMs),
          end_status: w.endStatus,
          countdown:
            computeCountdown(w, nowMs, dataset.meta.asOfMs, FIGURE_LANG) ?? '',
          note: w.note ?? m.note ?? '',
        },
        sources: resolveSources(dataset, w.sourceIds),
      })),
  )
}

export const PAUSE_TABLE_COLUMNS = [
  { key: 'measure', label: 'Measure' },
  { key: 'side', label: 'Side' },
  { key: 'reference', label: 'Reference' },
  { key: 'items', label: 'Items' },
  { key: 'state', label: 'State' },
  { key: 'start', label: 'Start' },
  { key: 'end', label: 'End' },
  { key: 'end_status', label: 'End status' },
  { key: 'countdown', label: 'Countdown' },
  { key: 'note', label: 'Note' },
] as const

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
    label: m.label,
    side: m.side,
    reference: m.reference,
    items: m.items.join(', '),
    windows: m.windows.map((w, i) => toLaneWindow(m, w, i, range, asOf, nowMs)),
  }))

  const asOfX = inRangeX(asOf, range)
  const todayX = inRangeX(nowMs, range)
  const isRare = commodity === 'rare-earths'
  return {
    kind: 'pauses',
    seriesOptions: all.map((m) => ({
      id: m.id,
      label: `${m.label} (${SIDE_META[m.side].label})`,
      visible: !hiddenMeasures.includes(m.id),
    })),
    id: pauseFigureId(commodity),
    commodity,
    title: isRare
      ? 'Rare earths: export controls and their pauses'
      : 'Tariffs: suspended measures (port fees, exclusions, suspended tariff points)',
    subtitle: `${formatRange(range)} · solid = observed, hatched = scheduled after the as-of date`,
    summary: summarisePauses(dataset, measures, nowMs, FIGURE_LANG),
    takeaway: pauseTakeaway(measures, asOf, nowMs),
    lanes,
    xDomain: [range.fromMs, range.toMs],
    markers: computeMarkers(dataset, commodity, range, nowMs),
    ...(asOfX !== undefined && { asOfX }),
    ...(todayX !== undefined && { todayX }),
    table: lazyTable(
      `Every window of each measure overlapping ${formatRange(range)}`,
      PAUSE_TABLE_COLUMNS,
      () => windowRows(dataset, measures, range, nowMs),
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
    gaps: gapsFor(dataset, commodity),
  }
}
