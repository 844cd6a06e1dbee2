/** Swimlanes: one lane per measure; in-force and paused windows in distinct fills, scheduled parts hatched. */
import {
  FONT_FAMILY,
  NARROW_PLOT_PX,
  REFERENCE_FONT_SIZE,
  TICK_FONT_SIZE,
  maxTicksFor,
} from '@/charts/chart-theme'
import {
  LANE_HEIGHT,
  pauseTimelineHeight,
  TOP,
} from '@/charts/pause-timeline-layout'
import { referenceLineSpecs } from '@/charts/reference-labels'
import { punctuation } from '@/domain/punctuation'
import { useRovingFocus } from '@/charts/use-roving-focus'
import { LaneLabel } from '@/charts/lane-label'
import { type Theme, ROLE_COLORS, windowStateColor } from '@/domain/palette'
import type { Lane, LaneWindow, PauseFigureModel } from '@/domain/pause-view'
import { computeTimeTicks, formatTimeTick } from '@/domain/ticks'
import { useLang } from '@/i18n/lang-context'

const LABEL_WIDTH_RATIO = 0.34

export interface PauseTimelineChartProps {
  model: Pick<
    PauseFigureModel,
    'lanes' | 'xDomain' | 'asOfX' | 'todayX' | 'markers'
  >
  width: number
  theme: Theme
  /** Called when a window gets focus or hover, to show its details as text. */
  onFocusWindow?: (lane: Lane, window: LaneWindow) => void
}

export function PauseTimelineChart({
  model,
  width,
  theme,
  onFocusWindow,
}: PauseTimelineChartProps) {
  const c = ROLE_COLORS[theme]
  const lang = useLang()
  const p = punctuation(lang)
  const height = pauseTimelineHeight(model.lanes.length)
  const labelWidth = Math.min(
    320,
    Math.max(110, Math.round(width * LABEL_WIDTH_RATIO)),
  )
  const x0 = labelWidth + 8
  const x1 = width - 16
  const [d0, d1] = model.xDomain
  const sx = (ms: number) => x0 + ((ms - d0) / (d1 - d0)) * (x1 - x0)
  const bottom = TOP + model.lanes.length * LANE_HEIGHT
  const ticks = computeTimeTicks(d0, d1, maxTicksFor(x1 - x0))
  const tickText = (ms: number) =>
    formatTimeTick(ms, ticks, x1 - x0 < NARROW_PLOT_PX, lang)
  const references = referenceLineSpecs(model, sx, [x0, x1], c, lang)
  const windowIndex = new Map(
    model.lanes.flatMap((l) => l.windows).map((w, i) => [w, i]),
  )
  const roving = useRovingFocus(windowIndex.size)
  const hatchId = `hatch-${theme}`
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      xmlns="http://www.w3.org/2000/svg"
      fontFamily={FONT_FAMILY}
      role="group"
      aria-label={lang.t(
        onFocusWindow ? 'charts.timeline.nameKeys' : 'charts.timeline.name',
      )}
    >
      <defs>
        <pattern
          id={hatchId}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill={c.background} />
          <line x1="0" y1="0" x2="0" y2="6" stroke={c.muted} strokeWidth="2" />
        </pattern>
      </defs>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={sx(t)} x2={sx(t)} y1={TOP} y2={bottom} stroke={c.grid} />
          <text
            x={sx(t)}
            y={bottom + 16}
            textAnchor="middle"
            fontSize={TICK_FONT_SIZE}
            fill={c.muted}
          >
            {tickText(t)}
          </text>
        </g>
      ))}
      {model.asOfX !== undefined && (
        <rect
          x={sx(model.asOfX)}
          y={TOP}
          width={Math.max(0, x1 - sx(model.asOfX))}
          height={bottom - TOP}
          fill={c.unknown}
          opacity={0.8}
        />
      )}
      {model.lanes.map((lane, li) => {
        const y = TOP + li * LANE_HEIGHT
        /** The box of a window's stretch [from, to] in this lane. */
        const box = ([from, to]: readonly [number, number]) => ({
          x: sx(from),
          y: y + 8,
          width: Math.max(2, sx(to) - sx(from)),
          height: LANE_HEIGHT - 16,
          rx: 3,
        })
        return (
          <g key={lane.id}>
            <line
              x1={0}
              x2={x1}
              y1={y + LANE_HEIGHT}
              y2={y + LANE_HEIGHT}
              stroke={c.grid}
            />
            <LaneLabel lane={lane} y={y} width={labelWidth} c={c} />
            {lane.windows.map((w) => {
              const text = `${lane.label}${p.colon}${w.description}${w.countdown ? `${p.clause}${w.countdown}` : ''}`
              const wi = windowIndex.get(w) ?? 0
              const focus = onFocusWindow
                ? () => {
                    roving.onFocus(wi)()
                    onFocusWindow(lane, w)
                  }
                : undefined
              return (
                <g
                  key={w.id}
                  tabIndex={onFocusWindow ? roving.tabIndexOf(wi) : undefined}
                  ref={onFocusWindow ? roving.ref(wi) : undefined}
                  onKeyDown={onFocusWindow ? roving.onKeyDown(wi) : undefined}
                  role="img"
                  aria-label={text}
                  onFocus={focus}
                  onMouseEnter={
                    onFocusWindow ? () => onFocusWindow(lane, w) : undefined
                  }
                  className="timeline-window"
                >
                  <title>{text}</title>
                  {w.observed && (
                    <rect
                      {...box(w.observed)}
                      fill={windowStateColor(w.state, c)}
                      opacity={w.state === 'paused' ? 0.85 : 0.75}
                    />
                  )}
                  {w.after && (
                    <rect
                      {...box(w.after)}
                      fill={`url(#${hatchId})`}
                      stroke={windowStateColor(w.state, c)}
                      strokeWidth={2}
                      strokeDasharray={
                        w.afterKind === 'unknown' ? '2 3' : '6 3'
                      }
                    />
                  )}
                </g>
              )
            })}
          </g>
        )
      })}
      {references.map((l) => (
        <g key={l.key}>
          <line
            x1={sx(l.x)}
            x2={sx(l.x)}
            y1={TOP - 6}
            y2={bottom}
            stroke={l.stroke}
            strokeDasharray={l.dash}
            strokeWidth={l.strokeWidth}
          />
          {l.placement && (
            <text
              x={l.placement.x}
              y={TOP - 22 + l.placement.row * 13}
              textAnchor={l.placement.anchor}
              fontSize={REFERENCE_FONT_SIZE}
              fill={l.fill}
            >
              {l.text}
            </text>
          )}
        </g>
      ))}
    </svg>
  )
}
