/** Which chart code an export waits for (charts/chart-body.tsx). */
import { describe, expect, it } from 'vitest'

import { loadDrawersFor } from '@/charts/chart-body'
import { PauseTimelineChart } from '@/charts/pause-timeline-chart'
import { PeriodBarsChart } from '@/charts/period-bars-chart'
import { TimeChart } from '@/charts/time-chart'
import type { AnyFigure } from '@/domain/figure-model'

describe(loadDrawersFor, () => {
  it.each<[AnyFigure['kind'], Record<string, unknown>]>([
    ['tariffs', { time: TimeChart }],
    ['soybean-progress', { time: TimeChart }],
    ['period-bars', { periodBars: PeriodBarsChart }],
    ['pauses', { pauses: PauseTimelineChart }],
  ])('a %s figure gets only its own chart component', async (kind, drawers) => {
    expect(await loadDrawersFor(kind)).toStrictEqual(drawers)
  })
})
