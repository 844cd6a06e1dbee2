import { ReferenceLine } from 'recharts'

import {
  type LabelPlacement,
  referenceLineSpecs,
} from '@/charts/reference-labels'
import { labelHalo, REFERENCE_FONT_SIZE } from '@/charts/chart-theme'
import type { Lang } from '@/domain/i18n'
import type { RoleColors } from '@/domain/palette'
import type { TimeChartModel } from '@/domain/time-chart'

interface ReferenceTextProps {
  text: string
  placement: LabelPlacement
  fill: string
  /** The plot's background: a halo around the letters keeps them legible where a series line crosses. */
  halo: string
  /** Recharts passes the reference line's box: x, top y and height. */
  viewBox?: { x?: number; y?: number; height?: number }
}

/** The text of an as-of or today line, placed by placeReferenceLabels near the bottom of the plot. */
function ReferenceText({
  text,
  placement,
  fill,
  halo,
  viewBox,
}: ReferenceTextProps) {
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
      {...labelHalo(halo)}
    >
      {text}
    </text>
  )
}

/** The label element of a reference line, or none when it has no placement. */
function referenceLabel(
  text: string,
  placement: LabelPlacement | undefined,
  fill: string,
  halo: string,
) {
  return placement ? (
    <ReferenceText text={text} placement={placement} fill={fill} halo={halo} />
  ) : undefined
}

/** The as-of and today lines of a time chart, their labels placed so they never collide. */
export function referenceLines(
  model: Pick<TimeChartModel, 'asOfX' | 'todayX'>,
  px: (x: number) => number,
  plotWidth: number,
  c: RoleColors,
  lang: Lang,
) {
  return referenceLineSpecs(model, px, [0, plotWidth], c, lang).map((l) => (
    <ReferenceLine
      key={l.key}
      x={l.x}
      stroke={l.stroke}
      strokeDasharray={l.dash}
      strokeWidth={l.strokeWidth}
      ifOverflow="hidden"
      label={referenceLabel(l.text, l.placement, l.fill, c.background)}
    />
  ))
}
