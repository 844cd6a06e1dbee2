import { punctuation } from '@/domain/punctuation'
import { wrapLabel } from '@/charts/wrap-label'
import type { RoleColors } from '@/domain/palette'
import type { Lane } from '@/domain/pause-view'
import { SIDE_META } from '@/domain/vocabulary'
import { useLang } from '@/i18n/lang-context'

interface LaneLabelProps {
  lane: Lane
  /** Top of the lane. */
  y: number
  maxChars: number
  c: RoleColors
}

/**
 * A lane's name, wrapped onto two lines rather than cut, over its side and
 * legal reference. The full name is the text's accessible name.
 */
export function LaneLabel({ lane, y, maxChars, c }: LaneLabelProps) {
  const lang = useLang()
  const lines = wrapLabel(lane.label, maxChars, 2)
  return (
    <>
      <text
        x={0}
        y={y + 16}
        fontSize={12}
        fontWeight={600}
        fill={c.text}
        aria-label={lane.label}
      >
        <title>{`${lane.label}${punctuation(lang).dash}${lane.reference}`}</title>
        {lines.map((line, i) => (
          <tspan key={i} x={0} dy={i === 0 ? 0 : 14} aria-hidden="true">
            {line}
          </tspan>
        ))}
      </text>
      <text
        x={0}
        y={y + (lines.length > 1 ? 44 : 32)}
        fontSize={11}
        fill={c.muted}
      >
        {lang.t(SIDE_META[lane.side].labelKey)} ·{' '}
        {lane.reference.length > maxChars
          ? `${lane.reference.slice(0, maxChars - 6)}…`
          : lane.reference}
      </text>
    </>
  )
}
