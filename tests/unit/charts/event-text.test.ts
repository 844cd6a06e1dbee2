import { describe, expect, it } from 'vitest'

import { clusterName, eventDated, eventText } from '@/charts/event-marker'
import type { ChartMarker } from '@/domain/time-chart'
import { en, zh } from '../../lang'

const marker = (n: number, label: string, status?: string): ChartMarker => ({
  n,
  id: `e${n}`,
  x: Date.UTC(2025, 9, 30),
  date: '2025-10-30',
  dateTime: '2025-10-30',
  label,
  description: 'What happened.',
  scheduled: status !== undefined,
  ...(status !== undefined && { status }),
})

const summit = marker(5, 'Busan summit')
const review = marker(9, 'Review', 'scheduled')

describe('event lines', () => {
  it.each<[string, ChartMarker, string, string]>([
    [
      'observed',
      summit,
      '5. 2025-10-30: Busan summit',
      '5. 2025-10-30：Busan summit',
    ],
    [
      'scheduled',
      review,
      '9. 2025-10-30: Review (scheduled)',
      '9. 2025-10-30：Review（scheduled）',
    ],
  ])('%s', (_, m, english, chinese) => {
    expect(eventText(m, en)).toBe(english)
    expect(eventText(m, zh)).toBe(chinese)
    expect(eventDated(m, en)).toBe(english.replace(/^\d+\. /, ''))
    expect(eventDated(m, zh)).toBe(chinese.replace(/^\d+\. /, ''))
  })
})

describe(clusterName, () => {
  it.each<[string, ChartMarker[], string, string]>([
    [
      'one event',
      [summit],
      'Event 5. 2025-10-30: Busan summit',
      '事件5. 2025-10-30：Busan summit',
    ],
    [
      'a cluster',
      [summit, review],
      '2 events: 5. 2025-10-30: Busan summit; 9. 2025-10-30: Review (scheduled)',
      '2个事件：5. 2025-10-30：Busan summit；9. 2025-10-30：Review（scheduled）',
    ],
  ])('%s', (_, events, english, chinese) => {
    expect(clusterName(events, en)).toBe(english)
    expect(clusterName(events, zh)).toBe(chinese)
  })
})
