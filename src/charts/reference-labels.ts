/**
 * Where the "As of" and "Today" labels of a chart go so that they never
 * collide: each beside its line (as-of to the left, today to the right), flipped
 * to the other side when it would leave the plot, and the today label moved one
 * line down when the two would still overlap. Pure: pixels in, placement out.
 */

export interface LabelPlacement {
  /** x of the text anchor. */
  x: number
  anchor: 'start' | 'end'
  /** 0 = first line, 1 = one line below. */
  row: number
}

export interface ReferenceLabelInput {
  x: number
  width: number
}

import { REFERENCE_FONT_SIZE } from '@/charts/chart-theme'

const PAD = 4

/** Han ideographs and full-width punctuation: about one em wide each. */
const WIDE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u

/** Approximate drawn width of a reference label ('As of', 'Today', '截至', '今日'). */
export function referenceLabelWidth(text: string): number {
  const chars = [...text]
  const wide = chars.filter((ch) => WIDE.test(ch)).length
  const narrow = chars.length - wide
  return Math.ceil(
    narrow * REFERENCE_FONT_SIZE * 0.6 + wide * REFERENCE_FONT_SIZE,
  )
}

function beside(
  label: ReferenceLabelInput,
  prefer: 'left' | 'right',
  plot: readonly [number, number],
): LabelPlacement & { left: number; right: number } {
  const left = { x: label.x - PAD, anchor: 'end' as const }
  const right = { x: label.x + PAD, anchor: 'start' as const }
  const fitsLeft = label.x - PAD - label.width >= plot[0]
  const fitsRight = label.x + PAD + label.width <= plot[1]
  const side =
    prefer === 'left'
      ? fitsLeft || !fitsRight
        ? left
        : right
      : fitsRight || !fitsLeft
        ? right
        : left
  const l = side.anchor === 'end' ? side.x - label.width : side.x
  return { ...side, row: 0, left: l, right: l + label.width }
}

export function placeReferenceLabels(
  asOf: ReferenceLabelInput | undefined,
  today: ReferenceLabelInput | undefined,
  plot: readonly [number, number],
): { asOf?: LabelPlacement; today?: LabelPlacement } {
  const a = asOf && beside(asOf, 'left', plot)
  const t = today && beside(today, 'right', plot)
  const strip = (p: LabelPlacement & { left: number; right: number }) => ({
    x: p.x,
    anchor: p.anchor,
    row: p.row,
  })
  if (!a || !t)
    return { ...(a && { asOf: strip(a) }), ...(t && { today: strip(t) }) }
  const overlap = a.left < t.right + PAD && t.left < a.right + PAD
  return { asOf: strip(a), today: { ...strip(t), row: overlap ? 1 : 0 } }
}
