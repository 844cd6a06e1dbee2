/** How an interactive time chart carries its tooltips: hover (Recharts) and pinned (ours). */
import type { KeyboardEvent, PointerEvent, ReactNode, RefObject } from 'react'
import { Tooltip } from 'recharts'

import { ChartTooltip, TooltipBody } from '@/charts/chart-tooltip'
import {
  ActiveDateReporter,
  PinnedTooltip,
  type Pin,
} from '@/charts/pinned-tooltip'
import type { ChartRow } from '@/domain/time-chart'
import { useLang } from '@/i18n/lang-context'

/** No tooltip is wider than this (22rem), nor than its chart. */
export const TOOLTIP_MAX_PX = 352

interface HoverTooltipProps {
  pinned: boolean
  onActive: (pin: Pin | null) => void
  keys: readonly string[]
  width: number
  height: number
  /** The cursor line's colour. */
  cursor: string
}

/**
 * Rendered inside the chart: Recharts' hover tooltip, kept inside the chart
 * (no larger than it, never escaping its box) and hidden while a panel is
 * pinned, and the reporter that lets Enter pin the active date.
 */
export function HoverTooltip({
  pinned,
  onActive,
  keys,
  width,
  height,
  cursor,
}: HoverTooltipProps) {
  const lang = useLang()
  return (
    <>
      <Tooltip
        content={
          <ChartTooltip
            keys={keys}
            maxWidth={Math.min(width - 8, TOOLTIP_MAX_PX)}
            maxHeight={height - 8}
            hint={lang.t('charts.tooltip.pinHint')}
          />
        }
        allowEscapeViewBox={{ x: false, y: false }}
        active={pinned ? false : undefined}
        isAnimationActive={false}
        cursor={{ stroke: cursor, strokeDasharray: '2 2' }}
      />
      <ActiveDateReporter onActive={onActive} />
    </>
  )
}

interface PinnableFrameProps {
  pin: Pin | null
  wrapperRef: RefObject<HTMLDivElement | null>
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void
  onPointerDown: (e: PointerEvent<HTMLDivElement>) => void
  /** Close returns focus to the chart. */
  onClose: () => void
  rows: readonly ChartRow[]
  keys: readonly string[]
  width: number
  height: number
  children: ReactNode
}

/** Wraps an interactive chart: the frame the pinned panel is placed in. */
export function PinnableFrame({
  pin,
  wrapperRef,
  onKeyDown,
  onPointerDown,
  onClose,
  rows,
  keys,
  width,
  height,
  children,
}: PinnableFrameProps) {
  const lang = useLang()
  const row = pin === null ? undefined : rows.find((r) => r.x === pin.x)
  return (
    // The chart inside is the focusable element; Enter on it bubbles here.
    <div
      ref={wrapperRef}
      className="pinnable-chart"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    >
      {children}
      {pin !== null && row !== undefined && (
        <PinnedTooltip
          pin={pin}
          label={lang.t('charts.pinned.label', { date: lang.date(row.x) })}
          width={width}
          height={height}
          onClose={onClose}
        >
          <TooltipBody row={row} keys={keys} />
        </PinnedTooltip>
      )}
    </div>
  )
}
