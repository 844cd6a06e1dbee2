import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import {
  escapeText,
  foldLine,
  icsDate,
  type IcsEvent,
  writeIcs,
} from '@/domain/calendar/ics-writer'

const DAY = 86_400_000
const event = (overrides: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'deadline-x@truce-tracker',
  startMs: Date.UTC(2026, 1, 28),
  endMs: Date.UTC(2026, 1, 28) + DAY,
  summary: 'Deadline',
  description: 'Scheduled',
  status: 'TENTATIVE',
  categories: [],
  ...overrides,
})

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
}

const octets = (s: string) => new TextEncoder().encode(s).length

describe(escapeText, () => {
  it.each([
    ['plain', 'Busan summit', 'Busan summit'],
    ['comma', 'a, b', 'a\\, b'],
    ['semicolon', 'a; b', 'a\\; b'],
    ['backslash', 'a\\b', 'a\\\\b'],
    ['LF', 'a\nb', 'a\\nb'],
    ['CRLF', 'a\r\nb', 'a\\nb'],
    ['CR', 'a\rb', 'a\\nb'],
  ])('%s', (_name, input, expected) => {
    expect(escapeText(input)).toBe(expected)
  })
})

describe(foldLine, () => {
  it.each([
    ['short ASCII', 'SUMMARY:short', 1],
    ['exactly 75 octets', `X:${'a'.repeat(73)}`, 1],
    ['76 octets', `X:${'a'.repeat(74)}`, 2],
    ['long ASCII', `X:${'a'.repeat(300)}`, 5],
    ['2-octet letters', `X:${'é'.repeat(100)}`, 3],
    ['3-octet CJK', `X:${'中'.repeat(60)}`, 3],
    ['4-octet emoji', `X:${'🌾'.repeat(40)}`, 3],
  ])('%s: lines ≤ 75 octets, characters whole', (_name, line, count) => {
    const folded = foldLine(line).split('\r\n')
    expect(folded).toHaveLength(count)
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75)
    for (const part of folded.slice(1)) expect(part.startsWith(' ')).toBe(true)
    // Unfolding (RFC 5545 §3.1) gives the line back, no character split.
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line)
    expect(foldLine(line)).not.toContain('\uFFFD')
  })
})

describe(writeIcs, () => {
  it('writes all-day events a real parser reads back', () => {
    const text = writeIcs({
      name: 'Test',
      description: 'x',
      stampMs: Date.UTC(2026, 10, 29),
      events: [
        event(),
        event({
          uid: 'window-a-paused-2025-11-10-start@truce-tracker',
          startMs: Date.UTC(2025, 10, 10),
          endMs: Date.UTC(2025, 11, 1),
          summary: 'Port fees: paused, then; back\\ again',
          description: `Line one, with commas; and semicolons\nLine two ${'long '.repeat(40)}中文`,
          url: 'https://example.org/a,b;c',
          categories: ['Rare earths', 'Tariffs, US'],
          status: 'CONFIRMED',
        }),
      ],
    })
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n'))
      expect(octets(line)).toBeLessThanOrEqual(75)
    const [first, second] = parse(text)
    expect(first!.uid).toBe('deadline-x@truce-tracker')
    expect(first!.startDate.isDate).toBe(true)
    expect(first!.startDate.toString()).toBe('2026-02-28')
    expect(first!.endDate.toString()).toBe('2026-03-01')
    expect(second!.summary).toBe('Port fees: paused, then; back\\ again')
    expect(second!.description).toBe(
      `Line one, with commas; and semicolons\nLine two ${'long '.repeat(40)}中文`,
    )
    expect(second!.startDate.toString()).toBe('2025-11-10')
    expect(second!.endDate.toString()).toBe('2025-12-01')
    expect(second!.component.getFirstPropertyValue('url')).toBe(
      'https://example.org/a,b;c',
    )
    expect(
      second!.component.getFirstProperty('categories')!.getValues(),
    ).toEqual(['Rare earths', 'Tariffs, US'])
    expect(first!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe(
      '2026-11-29T00:00:00Z',
    )
  })

  it('formats DATE values with four-digit years', () => {
    expect(icsDate(Date.UTC(2026, 0, 5))).toBe('20260105')
  })
})
