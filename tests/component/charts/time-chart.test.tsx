import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'

import { CLUSTER_TICK_PX } from '@/charts/event-markers'
import { REFERENCE_LINE_PX } from '@/charts/reference-labels'
import { TimeChart } from '@/charts/time-chart'
import { ROLE_COLORS } from '@/domain/palette'
import type { TargetOverlay, TimeChartModel } from '@/domain/time-chart'
import {
  soybeanChartModel,
  soybeanTarget,
  tariffChartModel,
} from '../../fixtures/chart-models'

/** The soybean model with one pledge drawn as an overlay, as the soybean view builds it. */
const withTarget = (target: TargetOverlay): TimeChartModel => ({
  ...soybeanChartModel,
  overlays: { targets: [target], bands: [] },
})

const SIZE = { width: 800, height: 360 } as const

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

// Recharts' first render in jsdom takes seconds on a busy 2-core machine.
describe('TimeChart', { timeout: 30_000 }, () => {
  it('labels the as-of line, the unobserved area after it and the today line', () => {
    const { container } = render(
      <TimeChart model={tariffChartModel} {...SIZE} theme="light" />,
    )
    const svg = within(container)
    expect(svg.getByText('As of')).toBeInTheDocument()
    expect(svg.getByText('After as-of: not observed')).toBeInTheDocument()
    expect(svg.getByText('Today')).toBeInTheDocument()
  })

  it.each(['light', 'dark'] as const)(
    'rings the as-of and today labels with the %s background, so a series line crossing them leaves them legible',
    (theme) => {
      const { container } = render(
        <TimeChart model={tariffChartModel} {...SIZE} theme={theme} />,
      )
      for (const label of ['As of', 'Today']) {
        const text = within(container).getByText(label)
        expect(text).toHaveAttribute('stroke', ROLE_COLORS[theme].background)
        // The ring is painted first, under the letters.
        expect(text).toHaveAttribute('paint-order', 'stroke')
      }
    },
  )

  it('draws neither as-of nor today label when the model has no such line', () => {
    const { asOfX: _a, todayX: _t, ...model } = tariffChartModel
    const { container } = render(
      <TimeChart model={model} {...SIZE} theme="light" />,
    )
    const svg = within(container)
    expect(svg.queryByText('As of')).toBeNull()
    expect(svg.queryByText('After as-of: not observed')).toBeNull()
    expect(svg.queryByText('Today')).toBeNull()
  })

  it('names each event marker by number, date and label, and says when it is scheduled', () => {
    render(<TimeChart model={tariffChartModel} {...SIZE} theme="dark" />)
    // Interactive markers are buttons that open their events' list.
    const markers = screen.getAllByRole('button', { name: /^Event / })
    expect(markers.map((m) => m.getAttribute('aria-label'))).toEqual([
      'Event 1. 2025-10-30: Busan summit',
      'Event 2. 2026-11-10: Truce ends (scheduled)',
    ])
    // The marker shows its number; the description is in its title.
    const first = screen.getByRole('button', { name: /Busan summit/ })
    expect(first).toHaveTextContent(/^Event 1\./)
    expect(first.querySelector('title')).toHaveTextContent(
      'Trump–Xi summit at Gimhae airport, Busan: one-year truce.',
    )
  })

  it('draws each event’s line under its marker, across the plot, and none outside the time axis', () => {
    const [d0] = tariffChartModel.xDomain
    const outside = {
      ...tariffChartModel.markers[0]!,
      id: 'before-the-axis',
      label: 'Before the axis',
      x: d0 - 86_400_000 * 60,
    }
    const { container } = render(
      <TimeChart
        model={{
          ...tariffChartModel,
          markers: [outside, ...tariffChartModel.markers],
        }}
        {...SIZE}
        theme="light"
      />,
    )
    const lines = [...container.querySelectorAll('.event-lines line')]
    expect(lines).toHaveLength(tariffChartModel.markers.length)
    for (const [i, name] of [/Busan summit/, /Truce ends/].entries()) {
      const rect = screen.getByRole('button', { name }).querySelector('rect')!
      const markerX =
        Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2
      const line = lines[i]!
      expect(Number(line.getAttribute('x1'))).toBeCloseTo(markerX, 6)
      expect(line.getAttribute('x2')).toBe(line.getAttribute('x1'))
      // From the plot's bottom to its top (the marker sits 15 px above the top).
      expect(Number(line.getAttribute('y1'))).toBeGreaterThan(
        Number(line.getAttribute('y2')),
      )
      expect(Number(rect.getAttribute('y')) + 12 + 15).toBeCloseTo(
        Number(line.getAttribute('y2')),
        6,
      )
    }
  })

  it('draws a bracket with a tick per event under a merged marker, not a line each across the plot', () => {
    const [busan, truceEnds] = tariffChartModel.markers
    const nextDay = {
      ...busan!,
      id: 'next-day',
      n: 2,
      label: 'The day after',
      x: busan!.x + 86_400_000,
    }
    const { container } = render(
      <TimeChart
        model={{
          ...tariffChartModel,
          markers: [busan!, nextDay, { ...truceEnds!, n: 3 }],
        }}
        {...SIZE}
        theme="light"
      />,
    )
    const merged = screen.getByRole('button', { name: /^2 events: 1\. / })
    const rect = merged.querySelector('rect')!
    const top = Number(rect.getAttribute('y')) + 12 + 15
    const lines = [...container.querySelectorAll('.event-lines line')].map(
      (l) => ({
        x1: Number(l.getAttribute('x1')),
        x2: Number(l.getAttribute('x2')),
        y1: Number(l.getAttribute('y1')),
        y2: Number(l.getAttribute('y2')),
      }),
    )
    const vertical = lines.filter((l) => l.x1 === l.x2)
    const [span, ...others] = lines.filter((l) => l.x1 !== l.x2)
    expect(others).toEqual([])
    // Along the plot's top, from the first event to the last.
    expect(span!.y1).toBeCloseTo(top, 6)
    expect(span!.y2).toBeCloseTo(top, 6)
    expect(span!.x2 - span!.x1).toBeGreaterThan(0)
    // A short tick at each end; the lone event keeps its line across the plot.
    const ticks = vertical.filter((l) => l.y1 - l.y2 === CLUSTER_TICK_PX)
    expect(ticks.map((t) => t.x1)).toEqual([span!.x1, span!.x2])
    expect(ticks.every((t) => t.y2 === span!.y1)).toBe(true)
    const full = vertical.filter((l) => l.y1 - l.y2 > CLUSTER_TICK_PX)
    expect(full).toHaveLength(1)
    expect(full[0]!.x1).toBeGreaterThan(span!.x2)
  })

  it('labels the time axis by month and the value axis in percent', () => {
    const { container } = render(
      <TimeChart model={tariffChartModel} {...SIZE} theme="light" />,
    )
    const svg = within(container)
    for (const month of ['Jan 2025', 'Jan 2026', 'Oct 2026'])
      expect(svg.getByText(month)).toBeInTheDocument()
    for (const tick of ['0%', '30%'])
      expect(svg.getByText(tick)).toBeInTheDocument()
  })

  it('names the unit on the value axis when it is not a percentage', () => {
    const { container } = render(
      <TimeChart model={soybeanChartModel} {...SIZE} theme="light" />,
    )
    const svg = within(container)
    expect(svg.getByText('Mt')).toBeInTheDocument()
    expect(svg.queryByText(/%$/)).toBeNull()
  })

  it('labels a pledge with its value and says when China has not confirmed it', () => {
    const { container, rerender } = render(
      <TimeChart model={withTarget(soybeanTarget)} {...SIZE} theme="light" />,
    )
    expect(
      within(container).getByText('12 Mt pledge (not confirmed by China)'),
    ).toBeInTheDocument()
    rerender(
      <TimeChart
        model={withTarget({ ...soybeanTarget, confirmed: true })}
        {...SIZE}
        theme="light"
      />,
    )
    expect(within(container).getByText('12 Mt pledge')).toBeInTheDocument()
  })

  it.each([
    [390, 'moves the after-as-of label one line down on a phone', true],
    [1200, 'keeps the after-as-of label on the top line when both fit', false],
  ])(
    'with a pledge at the top of the plot, %i px wide: %s',
    (width, _, lowered) => {
      const model = {
        ...withTarget(soybeanTarget),
        xDomain: [utc('2025-10-30'), utc('2026-12-31')] as const,
        asOfX: utc('2026-06-29'),
        yDomain: [0, 12] as const,
      }
      const { container } = render(
        <TimeChart model={model} width={width} height={360} theme="light" />,
      )
      const yOf = (text: string) =>
        Number(
          within(container).getByText(text).closest('text')!.getAttribute('y'),
        )
      const pledge = yOf('12 Mt pledge (not confirmed by China)')
      const area = yOf('After as-of: not observed')
      if (lowered)
        expect(area - pledge).toBeGreaterThanOrEqual(REFERENCE_LINE_PX)
      else expect(Math.abs(area - pledge)).toBeLessThan(REFERENCE_LINE_PX)
    },
  )

  it('shows every line value at a date when the keyboard moves along the chart', async () => {
    const user = userEvent.setup()
    const { container } = render(
      <TimeChart model={tariffChartModel} {...SIZE} theme="light" />,
    )
    // Focus without a click: a click pins the tooltip where the pointer is.
    act(() => screen.getByRole('application').focus())
    await user.keyboard('{ArrowRight}{ArrowRight}')
    // The third row: both lines have a value, set on that date.
    const tooltip = within(container).getByText('10 Nov 2025').parentElement!
    expect(
      within(tooltip)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'IEEPA fentanyl tariff: 10% · In force · set 2025-11-10Source: STR (Original report)',
      'IEEPA reciprocal tariff: 10% · In force · set 2025-11-10Source: STR (Original report)',
    ])
    expect(within(tooltip).getAllByRole('link', { name: 'STR' })).toHaveLength(
      2,
    )
  })

  it('is one tab stop: dates on Left/Right, Down steps into the events, Up back out', async () => {
    const user = userEvent.setup()
    render(<TimeChart model={tariffChartModel} {...SIZE} theme="light" />)
    const surface = screen.getByRole('application')
    const event = (name: RegExp) => screen.getByRole('button', { name })
    await user.tab()
    expect(surface).toHaveFocus()
    // Down before any date is chosen: the first marker.
    await user.keyboard('{ArrowDown}')
    expect(event(/Busan summit/)).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(event(/Truce ends/)).toHaveFocus()
    await user.keyboard('{Home}')
    expect(event(/Busan summit/)).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(surface).toHaveFocus()
    // Right to the last date (29 Jun 2026); Down goes to the marker nearest
    // it, 10 Nov 2026, not the first.
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}')
    expect(screen.getByText('29 Jun 2026')).toBeInTheDocument()
    await user.keyboard('{ArrowDown}')
    expect(event(/Truce ends/)).toHaveFocus()
    // Enter opens its events, Escape closes them, Escape again returns to the dates.
    await user.keyboard('{Enter}')
    expect(event(/Truce ends/)).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard('{Escape}')
    expect(event(/Truce ends/)).toHaveAttribute('aria-expanded', 'false')
    expect(event(/Truce ends/)).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(surface).toHaveFocus()
    // No marker is in the tab order: Tab leaves the chart.
    await user.tab()
    expect(document.body).toHaveFocus()
  })
})
