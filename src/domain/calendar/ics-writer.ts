/**
 * A minimal RFC 5545 writer for all-day events: text escaping (§3.3.11), line
 * folding at 75 octets without splitting a UTF-8 character (§3.1) and CRLF
 * line ends. Hand-written because the `ics` package (yup, nanoid, runes2)
 * costs 24 KiB gzip for the same output; this file is under 1 KiB gzip.
 */

export interface IcsEvent {
  uid: string
  /** First day, epoch ms at 00:00 UTC. */
  startMs: number
  /** Day after the last day (DTEND is exclusive), epoch ms at 00:00 UTC. */
  endMs: number
  summary: string
  description: string
  /** An http(s) URL, or undefined. */
  url?: string
  /** TENTATIVE for what is only scheduled, CONFIRMED for what was observed. */
  status: 'TENTATIVE' | 'CONFIRMED'
  categories: readonly string[]
}

export interface IcsCalendar {
  name: string
  description: string
  /** The DTSTAMP of every event: a fixed date of the data, so builds are reproducible. */
  stampMs: number
  events: readonly IcsEvent[]
}

const MAX_OCTETS = 75

/** TEXT value escaping: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1
  if (codePoint < 0x800) return 2
  if (codePoint < 0x10000) return 3
  return 4
}

/** Splits a content line into lines of at most 75 octets, continuations starting with a space. */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!)
    // A continuation line's leading space counts towards its 75 octets.
    if (octets + size > MAX_OCTETS) {
      out.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  out.push(current)
  return out.join('\r\n')
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Epoch ms → `20251231` (DATE value, UTC day). */
export function icsDate(ms: number): string {
  const d = new Date(ms)
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`
}

/** Epoch ms → `20251231T000000Z` (UTC DATE-TIME). */
export function icsDateTime(ms: number): string {
  const d = new Date(ms)
  return `${icsDate(ms)}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.startMs)}`,
    `DTEND;VALUE=DATE:${icsDate(event.endMs)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.status}`,
    ...(event.categories.length > 0
      ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`]
      : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]
}

/** The calendar as an RFC 5545 text (CRLF line ends, folded lines). */
export function writeIcs(calendar: IcsCalendar): string {
  const stamp = icsDateTime(calendar.stampMs)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Truce Tracker//Deadlines calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-CALDESC:${escapeText(calendar.description)}`,
    ...calendar.events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
