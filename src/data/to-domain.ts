/** Raw (file) shapes → domain objects: ISO dates become UTC epoch ms. */
import type {
  RawDataset,
  RawMeasure,
  RawPoint,
  RawSeries,
  RawTarget,
} from '@/data/schema'
import { parseIsoDate } from '@/domain/dates'
import type {
  ControlMeasure,
  Dataset,
  Series,
  SeriesPoint,
  Source,
  Target,
} from '@/domain/types'

/** Dates were checked by the schema; a failure here is a bug, not bad data. */
function ms(date: string): number {
  const value = parseIsoDate(date)
  if (value === undefined) throw new Error(`unparsable date ${date}`)
  return value
}

/**
 * Runs once per point (100k in large files): plain assignments, no spreads, and
 * each distinct date string parsed once.
 */
function pointReader(): (p: RawPoint) => SeriesPoint {
  const dates = new Map<string, number>()
  const dateMs = (date: string): number => {
    let value = dates.get(date)
    if (value === undefined) {
      value = ms(date)
      dates.set(date, value)
    }
    return value
  }
  return (p) => {
    const point: SeriesPoint = {
      dateMs: dateMs(p.date),
      datePrecision: p.datePrecision ?? 'day',
      value: p.value,
      approx: p.approx ?? false,
      status: p.status,
      sourceIds: p.sources,
    }
    if (p.low !== undefined) point.low = p.low
    if (p.high !== undefined) point.high = p.high
    if (p.suspendedValue !== undefined) point.suspendedValue = p.suspendedValue
    if (p.suspendedUntil !== undefined)
      point.suspendedUntilMs = dateMs(p.suspendedUntil)
    if (p.note !== undefined) point.note = p.note
    if (p.conflict !== undefined) point.conflict = p.conflict
    if (p.zh !== undefined) point.zh = p.zh
    return point
  }
}

function toSeries(s: RawSeries, toPoint: (p: RawPoint) => SeriesPoint): Series {
  return {
    id: s.id,
    commodity: s.commodity,
    kind: s.kind,
    label: s.label,
    unit: s.unit,
    period: s.period,
    ...(s.direction !== undefined && { direction: s.direction }),
    ...(s.layer !== undefined && { layer: s.layer }),
    ...(s.shortLabel !== undefined && { shortLabel: s.shortLabel }),
    ...(s.measure !== undefined && { measure: s.measure }),
    ...(s.method !== undefined && { method: s.method }),
    description: s.description,
    defaultVisible: s.defaultVisible ?? true,
    headline: s.headline ?? false,
    points: s.points.map(toPoint),
    ...(s.zh !== undefined && { zh: s.zh }),
  }
}

function toTarget(t: RawTarget): Target {
  return {
    id: t.id,
    commodity: t.commodity,
    label: t.label,
    unit: t.unit,
    value: t.value,
    startMs: ms(t.start),
    deadlines: t.deadlines
      .map((d) => ({
        id: d.id,
        dateMs: ms(d.date),
        label: d.label,
        approx: d.approx ?? false,
        sourceIds: d.sources,
        ...(d.note !== undefined && { note: d.note }),
        ...(d.zh !== undefined && { zh: d.zh }),
      }))
      .sort((a, b) => a.dateMs - b.dateMs),
    claimant: t.claimant,
    confirmed: t.confirmed,
    trackedBy: t.trackedBy,
    sourceIds: t.sources,
    ...(t.note !== undefined && { note: t.note }),
    ...(t.zh !== undefined && { zh: t.zh }),
  }
}

function toMeasure(m: RawMeasure): ControlMeasure {
  return {
    id: m.id,
    commodity: m.commodity,
    side: m.side,
    label: m.label,
    reference: m.reference,
    items: m.items,
    announcedMs: ms(m.announced),
    windows: m.windows
      .map((w) => ({
        state: w.state,
        startMs: ms(w.start),
        endMs: w.end === null ? null : ms(w.end),
        endStatus: w.endStatus,
        sourceIds: w.sources,
        ...(w.note !== undefined && { note: w.note }),
        ...(w.zh !== undefined && { zh: w.zh }),
      }))
      .sort((a, b) => a.startMs - b.startMs),
    sourceIds: m.sources,
    ...(m.note !== undefined && { note: m.note }),
    ...(m.zh !== undefined && { zh: m.zh }),
  }
}

export function toDataset(raw: RawDataset): Dataset {
  const toPoint = pointReader()
  const sources: Record<string, Source> = {}
  for (const s of raw.sources) {
    sources[s.id] = {
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      publishedMs: s.published === null ? null : ms(s.published),
      publishedPrecision: s.publishedPrecision ?? 'day',
      kind: s.kind,
      ...(s.via !== undefined && { via: s.via }),
      ...(s.note !== undefined && { note: s.note }),
    }
  }
  return {
    schemaVersion: raw.schemaVersion,
    meta: {
      title: raw.meta.title,
      version: raw.meta.version,
      asOfMs: ms(raw.meta.asOf),
      checkedOnMs: ms(raw.meta.checkedOn),
      description: raw.meta.description,
      gaps: raw.meta.gaps,
      ...(raw.meta.zh !== undefined && { zh: raw.meta.zh }),
    },
    sources,
    series: raw.series.map((s) => toSeries(s, toPoint)),
    targets: raw.targets.map(toTarget),
    measures: raw.measures.map(toMeasure),
    events: raw.events
      .map((e) => ({
        id: e.id,
        dateMs: ms(e.date),
        ...(e.endDate !== undefined && { endDateMs: ms(e.endDate) }),
        datePrecision: e.datePrecision ?? 'day',
        kind: e.kind,
        label: e.label,
        description: e.description,
        commodities: e.commodities,
        scheduled: e.scheduled ?? false,
        sourceIds: e.sources,
        ...(e.zh !== undefined && { zh: e.zh }),
      }))
      .sort((a, b) => a.dateMs - b.dateMs),
    dropped: [],
  }
}
