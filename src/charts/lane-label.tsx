import { punctuation } from '@/domain/punctuation'
import { fitLabel, wrapLabel } from '@/charts/wrap-label'
import { textUnits } from '@/lib/text-wrap'
import type { RoleColors } from '@/domain/palette'
import type { Lane } from '@/domain/pause-view'
import { SIDE_META } from '@/domain/vocabulary'
import { useLang } from '@/i18n/lang-context'

interface LaneLabelProps {
  lane: Lane
  /** Top of the lane. */
  y: number
  /** Width the label may take (px), left of the lanes. */
  width: number
  c: RoleColors
}

/**
 * Advance of a character (px) in the label's two faces, 12 px bold and 11 px
 * regular, on DejaVu Sans (Linux's fallback, the widest face the page gets):
 * the bundled lanes measure 7.0 and 6.0 on average, 7.3 and 6.45 at worst, and
 * the '…' that ends a cut line is a full em. At 6.6 for both, a 390 px phone
 * drew names and references 5-15 px into the bars. A Han character (a full
 * em) counts as two (textUnits), as in wrapLabel.
 */
const NAME_CHAR_PX = 8
const REFERENCE_CHAR_PX = 6.5

/**
 * A lane's name, wrapped onto two lines rather than cut, over its side and
 * legal reference. The full name is the text's accessible name.
 */
export function LaneLabel({ lane, y, width, c }: LaneLabelProps) {
  const lang = useLang()
  const lines = wrapLabel(
    lane.label,
    Math.max(12, Math.floor(width / NAME_CHAR_PX)),
    2,
  )
  const side = `${lang.t(SIDE_META[lane.side].labelKey)} · `
  const referenceChars = Math.floor(width / REFERENCE_CHAR_PX) - textUnits(side)
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
        {side}
        {fitLabel(lane.reference, referenceChars)}
      </text>
    </>
  )
}
