/** Legend entries of a chart, shared by the on-screen legend and the exported SVG legend. */
import type { Lang } from '@/domain/i18n'
import { type Theme, ROLE_COLORS, seriesStyle } from '@/domain/palette'
import type { ChartLine } from '@/domain/time-chart'
import { LINE_STYLE, REFERENCE_STYLE } from '@/charts/chart-theme'

export interface LegendItem {
  label: string
  color: string
  /** SVG stroke-dasharray; '' = solid. */
  dash: string
  shape: 'line' | 'band' | 'bar' | 'marker'
  strokeWidth: number
}

/** Colour and dash of a line: series colour/dash for data, fixed styles for roles. */
export function strokeOf(
  line: ChartLine,
  theme: Theme,
): { color: string; dash: string } {
  const s = seriesStyle(line.styleIndex, theme)
  const roleDash = LINE_STYLE[line.role].dash
  if (line.role === 'target')
    return { color: ROLE_COLORS[theme].target, dash: roleDash ?? '' }
  if (line.role === 'threat') return { color: s.color, dash: '' }
  return {
    color: s.color,
    dash:
      line.role === 'observed' || line.role === 'headline'
        ? s.dash
        : (roleDash ?? s.dash),
  }
}

export function legendItemsForLines(
  lines: readonly ChartLine[],
  theme: Theme,
  lang: Lang,
): LegendItem[] {
  const items: LegendItem[] = lines
    .filter((l) => l.inLegend)
    .map((l) => ({
      label:
        l.role === 'threat'
          ? lang.t('charts.legend.threat', { label: l.label })
          : l.label,
      ...strokeOf(l, theme),
      shape: l.role === 'threat' ? ('marker' as const) : ('line' as const),
      strokeWidth: LINE_STYLE[l.role].strokeWidth,
    }))
  const roles = new Set(lines.map((l) => l.role))
  if (roles.has('scheduled'))
    items.push({
      label: lang.t('charts.legend.scheduled'),
      color: ROLE_COLORS[theme].muted,
      dash: LINE_STYLE.scheduled.dash!,
      shape: 'line',
      strokeWidth: 2,
    })
  if (roles.has('snap-back'))
    items.push({
      label: lang.t('charts.legend.snapBack'),
      color: ROLE_COLORS[theme].muted,
      dash: LINE_STYLE['snap-back'].dash!,
      shape: 'line',
      strokeWidth: 1.5,
    })
  return items
}

export function referenceLegendItems(
  theme: Theme,
  opts: { asOf: boolean; today: boolean; events: boolean },
  lang: Lang,
): LegendItem[] {
  const c = ROLE_COLORS[theme]
  return [
    ...(opts.asOf
      ? [
          {
            label: lang.t('charts.legend.asOf'),
            color: c.asOf,
            ...REFERENCE_STYLE.asOf,
            shape: 'line' as const,
          },
        ]
      : []),
    ...(opts.today
      ? [
          {
            label: lang.t('charts.legend.today'),
            color: c.today,
            ...REFERENCE_STYLE.today,
            shape: 'line' as const,
          },
        ]
      : []),
    ...(opts.events
      ? [
          {
            label: lang.t('charts.legend.events'),
            color: c.event,
            dash: REFERENCE_STYLE.event.dash,
            strokeWidth: REFERENCE_STYLE.event.strokeWidth,
            shape: 'marker' as const,
          },
        ]
      : []),
  ]
}
