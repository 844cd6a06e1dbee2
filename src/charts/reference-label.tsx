import type { LabelPlacement } from '@/charts/reference-labels'
import { REFERENCE_FONT_SIZE } from '@/charts/chart-theme'

interface ReferenceTextProps {
  text: string
  placement: LabelPlacement
  fill: string
  /** Recharts passes the reference line's box: x, top y and height. */
  viewBox?: { x?: number; y?: number; height?: number }
}

/** The text of an as-of or today line, placed by placeReferenceLabels near the bottom of the plot. */
function ReferenceText({ text, placement, fill, viewBox }: ReferenceTextProps) {
  const x = viewBox?.x ?? 0
  const bottom = (viewBox?.y ?? 0) + (viewBox?.height ?? 0)
  const dx = placement.anchor === 'end' ? -4 : 4
  return (
    <text
      x={x + dx}
      y={bottom - 6 - (1 - placement.row) * (REFERENCE_FONT_SIZE + 3)}
      textAnchor={placement.anchor}
      fontSize={REFERENCE_FONT_SIZE}
      fill={fill}
    >
      {text}
    </text>
  )
}

/** The label element of a reference line, or none when it has no placement. */
export function referenceLabel(
  text: string,
  placement: LabelPlacement | undefined,
  fill: string,
) {
  return placement ? (
    <ReferenceText text={text} placement={placement} fill={fill} />
  ) : undefined
}
