/** The "At a glance" card: one commitment's verdict, key figure, dates and a small picture. */
import type { Commodity } from '@/domain/commodities'
import type { Verdict } from '@/domain/glance/verdicts'
import type { Direction } from '@/domain/vocabulary'

/** One key figure, e.g. "58%" "of 12 Mt" by "USDA" as of 8 Jan 2026. */
export interface KeyFigure {
  /** The number with its unit: "10%", "58%", "6 of 11". */
  value: string
  /** What it is: "headline additional tariff…", "of 12 Mt", "controls paused". */
  context: string
  /** Who says so, when sources are set side by side ("USDA", "traders"). */
  source?: string
  /** Date of the figure (for a state: the dataset's as-of date). */
  asOfMs: number
}

export type GlanceVisual =
  /** A step line of a rate over time, observed part only. */
  | {
      kind: 'sparkline'
      points: readonly (readonly [x: number, y: number])[]
      /** Spoken name of the picture. */
      label: string
    }
  /** One progress bar per source (share of a target, or of measures). */
  | {
      kind: 'bars'
      bars: readonly { label: string; ratio: number }[]
      label: string
    }
  | { kind: 'none' }

export interface GlanceCard {
  /** Stable slug, unique among cards. */
  id: string
  title: string
  verdict: Verdict
  /** Each source's verdict when they differ: "Met (traders) · Deadline passed — outcome unknown (USDA, customs)". */
  verdictDetail?: string
  /** One figure, or one per source side by side (never merged). */
  figures: readonly KeyFigure[]
  /** A short line under the figures: what a total is made of, what is suspended. */
  detail?: string
  /** Next or last deadline, honest about scheduled vs observed. */
  deadline: string
  visual: GlanceVisual
  /** DOM id of the figure further down (`#<figureId>`). */
  figureId: string
  /** The figure is shown when its commodity (and direction) is. */
  commodity: Commodity
  direction?: Direction
  /** A pledge's figure is shown only while the date range overlaps [start, last deadline]. */
  span?: readonly [number, number]
}
