/** View model of the export-control swimlanes: in-force periods, pauses and their countdowns. */
import { type DateRange, formatRange } from '@/domain/date-range'
import { daysBetween, formatIsoDate } from '@/domain/dates'
import { lazyTable, type TableRow } from '@/domain/figure-table'
import { formatLongDate } from '@/domain/format'
import { outcomeUnknown } from '@/domain/outcome'
import {
  computeMarkers,
  type ChartMarker,
  inRangeX,
  resolveSources,
} from '@/domain/time-chart'
import {
  type FigureModel,
  gapsFor,
  type SeriesOption,
} from '@/domain/tariff-view'
import type { ControlMeasure, Dataset, TimeWindow } from '@/domain/types'
import type { Commodity } from '@/domain/commodities'
import type { Side, WindowState } from '@/domain/vocabulary'

export const WINDOW_STATE_LABELS: Record<WindowState, string> = {
  'in-force': 'In force',
  paused: 'Paused',
  scheduled: 'Scheduled',
}

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

/**
 * "pause due to end in 12 days" / "was due to end 10 Nov 2026 — outcome
 * unknown (no data after 29 Jun 2026)" / "pause ended 10 Nov 2025" (observed),
 * relative to today. A scheduled end that has passed is never read as ended.
 */
export function computeCountdown(
  window: TimeWindow,
  nowMs: number,
  asOfMs: number,
): string | undefined {
  if (window.state !== 'paused') return undefined
  if (window.endMs === null) return 'pause has no announced end'
  const days = daysBetween(nowMs, window.endMs)
  if (window.endMs <= asOfMs)
    return `pause ended ${formatLongDate(window.endMs)}`
  if (days > 0) return `pause due to end in ${days} day${days === 1 ? '' : 's'}`
  if (days === 0) return `pause due to end today — ${outcomeUnknown(asOfMs)}`
  return `was due to end ${formatLongDate(window.endMs)} — ${outcomeUnknown(asOfMs)}`
}

function describeWindow(w: TimeWindow): string {
  const end =
    w.endMs === null
      ? 'no end known'
      : `${formatLongDate(w.endMs)}${w.endStatus === 'scheduled' ? ' (scheduled end, not observed)' : ''}`
  return `${WINDOW_STATE_LABELS[w.state]} ${formatLongDate(w.startMs)} – ${end}`
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
  const countdown = computeCountdown(w, nowMs, asOfMs)
  return {
    id: `${measure.id}-${i}`,
    state: w.state,
    ...(observed && { observed }),
    ...(after && {
      after,
      afterKind: w.endMs === null ? 'unknown' : 'scheduled',
    }),
    description: describeWindow(w),
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
      .filter(
        (w) => w.startMs <= range.toMs && (w.endMs ?? Infinity) >= range.fromMs,
      )
      .map((w, i) => ({
        id: `${m.id}-${i}`,
        cells: {
          measure: m.label,
          side: m.side === 'china' ? 'China' : 'US',
          reference: m.reference,
          items: m.items.join(', '),
          state: WINDOW_STATE_LABELS[w.state],
          start: formatIsoDate(w.startMs),
          end: w.endMs === null ? '' : formatIsoDate(w.endMs),
          end_status: w.endStatus,
          countdown: computeCountdown(w, nowMs, dataset.meta.asOfMs) ?? '',
          note: w.note ?? m.note ?? '',
        },
        sources: resolveSources(dataset, w.sourceIds),
      })),
  )
}

function summarise(
  dataset: Dataset,
  measures: readonly ControlMeasure[],
  nowMs: number,
): string {
  const parts: string[] = []
  const asOf = dataset.meta.asOfMs
  for (const m of measures) {
    const pause = [...m.windows].reverse().find((w) => w.state === 'paused')
    if (pause)
      parts.push(
        `${m.label} (${m.reference}): paused ${formatLongDate(pause.startMs)}; ${computeCountdown(pause, nowMs, asOf)}.`,
      )
  }
  const never = measures.filter(
    (m) => m.side === 'china' && !m.windows.some((w) => w.state === 'paused'),
  )
  if (never.length > 0)
    parts.push(
      `Never paused: ${never.map((m) => `${m.label} (${m.reference})`).join('; ')}.`,
    )
  parts.push(
    `Countdowns are computed for ${formatLongDate(nowMs)}; the data stop at ${formatLongDate(asOf)}, so whether any pause was extended is not known.`,
  )
  return parts.join(' ')
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

/** Swimlanes for one commodity's measures (China's first, then the US side). */
export function computePauseFigure(
  dataset: Dataset,
  commodity: Commodity,
  range: DateRange,
  nowMs: number,
  hiddenMeasures: readonly string[] = [],
): PauseFigureModel {
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
      label: `${m.label} (${m.side === 'china' ? 'China' : 'US'})`,
      visible: !hiddenMeasures.includes(m.id),
    })),
    id: `${commodity}-pauses`,
    commodity,
    title: isRare
      ? 'Rare earths: export controls and their pauses'
      : 'Tariffs: suspended measures (port fees, exclusions, suspended tariff points)',
    subtitle: `${formatRange(range)} · solid = observed, hatched = scheduled after the as-of date`,
    summary: summarise(dataset, measures, nowMs),
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
