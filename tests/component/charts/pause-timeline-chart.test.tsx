import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { PauseTimelineChart } from '@/charts/pause-timeline-chart'
import { pauseChartModel } from '../../fixtures/chart-models'

/** The lines a lane label is drawn on: the <tspan>s of an svg <text> (its <title> aside). */
const linesOf = (el: Element) =>
  [...el.querySelectorAll('tspan')].map((t) => t.textContent)

/** A lane label: an svg <text> whose drawn lines, joined by a space, are `label`. */
const laneLabel = (label: string | RegExp) => (_: string, el: Element | null) =>
  el?.tagName === 'text' && linesOf(el).join(' ').match(label) !== null

describe('PauseTimelineChart', { timeout: 30_000 }, () => {
  it('is a group named as a timeline, with a lane label and side per measure', () => {
    render(
      <PauseTimelineChart model={pauseChartModel} width={1000} theme="light" />,
    )
    const chart = screen.getByRole('group', { name: 'Timeline of measures' })
    expect(
      within(chart).getByText(
        // Two lines of at most 320 px: the long label wraps whole.
        laneLabel(/^Ban on gallium, germanium, antimony exports to the US$/),
      ),
    ).toBeInTheDocument()
    expect(
      within(chart).getByText(laneLabel(/^Affiliates rule$/)),
    ).toBeInTheDocument()
    expect(
      within(chart).getByText(
        'China · MOFCOM Announcement 2024 No. 46, clause 2',
      ),
    ).toBeInTheDocument()
    expect(within(chart).getByText('US · BIS 50% rule')).toBeInTheDocument()
  })

  it('names every window by measure, dates and countdown', () => {
    render(
      <PauseTimelineChart model={pauseChartModel} width={1000} theme="light" />,
    )
    expect(
      screen.getAllByRole('img').map((w) => w.getAttribute('aria-label')),
    ).toEqual([
      'Ban on gallium, germanium, antimony exports to the US: In force 3 Dec 2024 – 9 Nov 2025',
      'Ban on gallium, germanium, antimony exports to the US: Paused 9 Nov 2025 – 27 Nov 2026 (scheduled end, not observed); pause ends in 316 days',
      'Affiliates rule: Paused 10 Nov 2025 – no end known; pause has no announced end',
    ])
  })

  it('wraps a long lane label onto two lines on a narrow chart and keeps the full one as its name and title', () => {
    render(
      <PauseTimelineChart model={pauseChartModel} width={400} theme="light" />,
    )
    // A third of 400 px (17 characters of 8 px) a line, two lines at most:
    // the rest is cut with '…'.
    const label = screen.getByText(laneLabel(/^Ban on gallium,/))
    expect(linesOf(label)).toEqual(['Ban on gallium,', 'germanium,…'])
    expect(label).toHaveAttribute(
      'aria-label',
      'Ban on gallium, germanium, antimony exports to the US',
    )
    expect(label.querySelector('title')).toHaveTextContent(
      'Ban on gallium, germanium, antimony exports to the US — MOFCOM Announcement 2024 No. 46, clause 2',
    )
  })

  it('labels the as-of and today lines and the month axis', () => {
    const { container } = render(
      <PauseTimelineChart model={pauseChartModel} width={1000} theme="dark" />,
    )
    const svg = within(container)
    expect(svg.getByText('As of')).toBeInTheDocument()
    expect(svg.getByText('Today')).toBeInTheDocument()
    expect(svg.getByText('Jan 2026')).toBeInTheDocument()
  })

  it('omits the as-of and today labels when they fall outside the range', () => {
    const { asOfX: _a, todayX: _t, ...model } = pauseChartModel
    const { container } = render(
      <PauseTimelineChart model={model} width={1000} theme="light" />,
    )
    expect(within(container).queryByText('As of')).toBeNull()
    expect(within(container).queryByText('Today')).toBeNull()
  })

  it('lets the keyboard reach each window and reports the focused one', async () => {
    const user = userEvent.setup()
    const onFocusWindow = vi.fn()
    render(
      <PauseTimelineChart
        model={pauseChartModel}
        width={1000}
        theme="light"
        onFocusWindow={onFocusWindow}
      />,
    )
    // One tab stop for the whole timeline; the arrow keys move between windows.
    await user.tab()
    expect(
      screen.getByRole('img', { name: /In force 3 Dec 2024/ }),
    ).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('img', { name: /Paused 9 Nov 2025/ })).toHaveFocus()
    const [lane, window] = onFocusWindow.mock.lastCall!
    expect(lane.label).toBe(
      'Ban on gallium, germanium, antimony exports to the US',
    )
    expect(window.id).toBe('mofcom-2024-46-us-ban-1')
  })

  it('keeps windows out of the tab order when nothing listens for focus', async () => {
    const user = userEvent.setup()
    render(
      <PauseTimelineChart model={pauseChartModel} width={1000} theme="light" />,
    )
    await user.tab()
    expect(document.body).toHaveFocus()
  })
})
