/**
 * Where the "As of" and "Today" labels of a chart go so that they never
 * collide: each beside its line (as-of to the left, today to the right), flipped
 * to the other side when it would leave the plot, and the today label moved one
 * line down when the two would still overlap. Pure: pixels in, placement out.
 * referenceLineSpecs gives both charts (time charts and the pause timeline)
 * the lines themselves: where, their words, colours and label placement.
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

import { REFERENCE_FONT_SIZE, REFERENCE_STYLE } from '@/charts/chart-theme'
import type { Lang } from '@/domain/i18n'
import type { RoleColors } from '@/domain/palette'
import { isWide } from '@/lib/text-wrap'

const PAD = 4

/** Approximate drawn width of a reference label ('As of', 'Today', '截至', '今日'). */
export function referenceLabelWidth(text: string): number {
  const chars = [...text]
  const wide = chars.filter(isWide).length
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

/** Recharts' inset of a label drawn inside its line or area (its default `offset`). */
const INSET = 5

/** A line of reference-label text, with its spacing. */
export const REFERENCE_LINE_PX = REFERENCE_FONT_SIZE + 4

/**
 * Whether a target's label, drawn under its level from the plot's left, runs
 * into the "after as-of" label at the plot's top right: the level within a
 * line of text of the plot's top, and the two texts wider together than the
 * plot. At 390 px "25 Mt pledge (not confirmed by China)" and "After as-of:
 * not observed" were drawn over each other. Pure: pixels in.
 */
export function meetsAreaLabel(
  target: { fromTop: number; width: number },
  areaLabelWidth: number,
  plotWidth: number,
): boolean {
  if (target.fromTop >= REFERENCE_LINE_PX) return false
  return INSET + target.width + PAD > plotWidth - INSET - areaLabelWidth
}

/** An as-of or today line: its x (in data units), words, stroke and label. */
export interface ReferenceLineSpec {
  key: 'as-of' | 'today'
  x: number
  text: string
  stroke: string
  /** `undefined`: a solid line. */
  dash: string | undefined
  strokeWidth: number
  /** The label's colour. */
  fill: string
  /** `undefined`: no label. */
  placement: LabelPlacement | undefined
}

/** The two reference lines: which model field holds each x, its words and its look. */
const REFERENCE_LINES = [
  {
    key: 'as-of',
    label: 'asOf',
    at: 'asOfX',
    messageKey: 'charts.reference.asOf',
    stroke: 'asOf',
    fill: 'muted',
  },
  {
    key: 'today',
    label: 'today',
    at: 'todayX',
    messageKey: 'charts.reference.today',
    stroke: 'today',
    fill: 'today',
  },
] as const

/** The as-of and today lines a chart has, their labels placed by placeReferenceLabels within `plot` (pixels, via `px`). */
export function referenceLineSpecs(
  model: { asOfX?: number | undefined; todayX?: number | undefined },
  px: (x: number) => number,
  plot: readonly [number, number],
  c: RoleColors,
  lang: Lang,
): ReferenceLineSpec[] {
  const lines = REFERENCE_LINES.flatMap((line) => {
    const x = model[line.at]
    return x === undefined ? [] : [{ line, x, text: lang.t(line.messageKey) }]
  })
  const input = (label: 'asOf' | 'today') => {
    const l = lines.find((l) => l.line.label === label)
    return l && { x: px(l.x), width: referenceLabelWidth(l.text) }
  }
  const placed = placeReferenceLabels(input('asOf'), input('today'), plot)
  return lines.map(({ line, x, text }) => {
    const style = REFERENCE_STYLE[line.label]
    return {
      key: line.key,
      x,
      text,
      stroke: c[line.stroke],
      dash: style.dash === '' ? undefined : style.dash,
      strokeWidth: style.strokeWidth,
      fill: c[line.fill],
      placement: placed[line.label],
    }
  })
}
