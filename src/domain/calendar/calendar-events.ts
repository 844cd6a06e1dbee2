/**
 * Every dated thing a reader may want a reminder of, as all-day calendar
 * events: target deadlines (each variant), the start and end of measure
 * windows (pauses, suspensions), scheduled series values (tariff changes)
 * and dated events. UIDs derive from record ids and dates only, so the same
 * dataset gives the same calendar on every build.
 *
 * Precision: a series point of month or year precision becomes an event
 * spanning that month or year (the date is not known to the day). Deadlines,
 * windows and events carry no precision in the dataset; they are day events.
 */
import {
  type Commodity,
  COMMODITIES,
  COMMODITY_META,
} from '@/domain/commodities'
import { DAY_MS, formatIsoDate } from '@/domain/dates'
import { formatLongDate, formatValue } from '@/domain/format'
import type { Dataset, Source } from '@/domain/types'
import { isSafeHttpUrl } from '@/domain/urls'
import type { DatePrecision, WindowState } from '@/domain/vocabulary'
import type { IcsEvent } from '@/domain/calendar/ics-writer'

export interface CalendarEvent extends IcsEvent {
  commodities: readonly Commodity[]
}

const UID_DOMAIN = 'truce-tracker'

const WINDOW_WORDS: Record<WindowState, string> = {
  'in-force': 'in force',
  paused: 'paused',
  scheduled: 'announced, not yet in force',
}

/** The day after the span a date of this precision covers (DTEND is exclusive). */
export function spanEnd(startMs: number, precision: DatePrecision): number {
  const d = new Date(startMs)
  if (precision === 'month')
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
  if (precision === 'year') return Date.UTC(d.getUTCFullYear() + 1, 0, 1)
  return startMs + DAY_MS
}

/** The first http(s) URL among the records' sources, normalised (no raw newlines). */
function firstUrl(
  sources: Readonly<Record<string, Source>>,
  ...idLists: (readonly string[])[]
): string | undefined {
  for (const id of idLists.flat()) {
    const url = sources[id]?.url
    if (url !== undefined && isSafeHttpUrl(url)) return new URL(url).href
  }
  return undefined
}

interface Draft {
  key: string
  startMs: number
  endMs?: number
  summary: string
  lines: (string | undefined)[]
  sourceIds: readonly (readonly string[])[]
  commodities: readonly Commodity[]
  /** Only scheduled, whatever its date (e.g. a scheduled event before the data stop). */
  scheduled?: boolean
}

/** Calendar events of the given commodities, sorted by date then UID. */
export function calendarEvents(
  dataset: Dataset,
  commodities: readonly Commodity[] = COMMODITIES,
): CalendarEvent[] {
  const { asOfMs } = dataset.meta
  const shown = new Set(commodities)
  const dataStop = `The data stop at ${formatLongDate(asOfMs)} (dataset ${dataset.meta.version}).`
  const when = (ms: number, observed: string) =>
    ms > asOfMs
      ? `Scheduled, not observed: ${formatLongDate(ms)} is after the data stop.`
      : observed
  const drafts: Draft[] = []

  for (const t of dataset.targets) {
    for (const d of t.deadlines)
      drafts.push({
        key: `deadline-${d.id}`,
        startMs: d.dateMs,
        summary: `Deadline: ${t.label} — ${d.label}`,
        lines: [
          when(
            d.dateMs,
            `Deadline passed on ${formatLongDate(d.dateMs)}; whether it was met is in the dashboard.`,
          ),
          `Target: ${formatValue(t.value, t.unit)}${t.confirmed ? '' : ' (not confirmed by the other side)'}.`,
          d.approx ? 'Approximate date: no day was stated.' : undefined,
          d.note,
        ],
        sourceIds: [d.sourceIds, t.sourceIds],
        commodities: [t.commodity],
      })
  }

  for (const m of dataset.measures) {
    const starts = new Set(m.windows.map((w) => w.startMs))
    for (const w of m.windows) {
      const span = `${WINDOW_WORDS[w.state]} from ${formatLongDate(w.startMs)}${
        w.endMs === null
          ? ', no end known'
          : ` to ${formatLongDate(w.endMs)} (end ${w.endStatus})`
      }`
      const base = `window-${m.id}-${w.state}-${formatIsoDate(w.startMs)}`
      drafts.push({
        key: `${base}-start`,
        startMs: w.startMs,
        summary: `${m.label}: ${WINDOW_WORDS[w.state]}`,
        lines: [
          when(w.startMs, `Started on ${formatLongDate(w.startMs)}.`),
          `${m.reference}: ${span}.`,
          w.note,
        ],
        sourceIds: [w.sourceIds, m.sourceIds],
        commodities: [m.commodity],
      })
      // An end on the day the next window starts is that window's start event.
      if (w.endMs !== null && !starts.has(w.endMs))
        drafts.push({
          key: `${base}-end`,
          startMs: w.endMs,
          summary: `${m.label}: ${WINDOW_WORDS[w.state]} ends`,
          lines: [
            w.endStatus === 'observed' && w.endMs <= asOfMs
              ? `Ended on ${formatLongDate(w.endMs)} (observed).`
              : `Scheduled end, not observed: what happens on ${formatLongDate(w.endMs)} is unknown.`,
            `${m.reference}: ${span}.`,
            w.note,
          ],
          sourceIds: [w.sourceIds, m.sourceIds],
          commodities: [m.commodity],
        })
    }
  }

  for (const s of dataset.series)
    for (const p of s.points) {
      if (p.status !== 'scheduled') continue
      drafts.push({
        key: `scheduled-${s.id}-${formatIsoDate(p.dateMs)}`,
        startMs: p.dateMs,
        endMs: spanEnd(p.dateMs, p.datePrecision),
        summary: `Scheduled: ${s.label} → ${formatValue(p.value, s.unit)}`,
        lines: [
          `Scheduled, not observed: ${s.label} to be ${formatValue(p.value, s.unit)} from ${formatLongDate(p.dateMs)}${p.datePrecision === 'day' ? '' : ` (${p.datePrecision} only)`}.`,
          p.note,
        ],
        sourceIds: [p.sourceIds],
        commodities: [s.commodity],
        scheduled: true,
      })
    }

  for (const e of dataset.events)
    drafts.push({
      key: `event-${e.id}`,
      startMs: e.dateMs,
      endMs: (e.endDateMs ?? e.dateMs) + DAY_MS,
      summary: e.scheduled ? `${e.label} (scheduled)` : e.label,
      lines: [
        e.scheduled
          ? `Scheduled, not observed: ${formatLongDate(e.dateMs)}.`
          : when(e.dateMs, `Took place on ${formatLongDate(e.dateMs)}.`),
        e.description,
      ],
      sourceIds: [e.sourceIds],
      commodities: e.commodities,
      scheduled: e.scheduled,
    })

  return drafts
    .filter((d) => d.commodities.some((c) => shown.has(c)))
    .map((d): CalendarEvent => ({
      uid: `${d.key}@${UID_DOMAIN}`,
      startMs: d.startMs,
      endMs: d.endMs ?? d.startMs + DAY_MS,
      summary: d.summary,
      description: [...d.lines, dataStop]
        .filter((l): l is string => l !== undefined)
        .join('\n'),
      url: firstUrl(dataset.sources, ...d.sourceIds),
      status: d.scheduled || d.startMs > asOfMs ? 'TENTATIVE' : 'CONFIRMED',
      categories: d.commodities.map((c) => COMMODITY_META[c].label),
      commodities: d.commodities,
    }))
    .sort((a, b) => a.startMs - b.startMs || (a.uid < b.uid ? -1 : 1))
}
