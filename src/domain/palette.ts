/**
 * Colours as literal hex (exports cannot resolve CSS variables), one palette per
 * theme. Series colours come from Okabe–Ito / Tol hues chosen to stay apart under
 * the common colour-vision deficiencies, each ≥ 3:1 against its background, and
 * are always paired with a dash pattern so colour is never the only cue.
 */
import type { WindowState } from '@/domain/vocabulary'

export const THEMES = ['light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

export const SERIES_COLORS: Record<Theme, readonly string[]> = {
  light: [
    '#0072B2',
    '#D55E00',
    '#007A5A',
    '#A4507F',
    '#7A5C00',
    '#3A3A3A',
    '#5D4CB3',
    '#8C2D04',
  ],
  dark: [
    '#56B4E9',
    '#FF8A3D',
    '#3CC79A',
    '#E59CC6',
    '#F0E442',
    '#D0D0D0',
    '#A99CF0',
    '#FF9E80',
  ],
}

/** Dash patterns paired with the colours (SVG stroke-dasharray); '' = solid. */
export const SERIES_DASHES: readonly string[] = [
  '',
  '7 3',
  '2 3',
  '9 3 2 3',
  '4 4',
  '12 4',
  '1 2',
  '6 2 2 2',
]

export const ROLE_COLORS: Record<
  Theme,
  {
    background: string
    text: string
    muted: string
    grid: string
    target: string
    today: string
    asOf: string
    unknown: string
    inForce: string
    paused: string
    scheduled: string
    event: string
  }
> = {
  light: {
    background: '#FFFFFF',
    text: '#1A1D23',
    muted: '#555D6B',
    grid: '#E3E6EB',
    target: '#3A3A3A',
    today: '#B3261E',
    asOf: '#555D6B',
    unknown: '#EEF0F3',
    inForce: '#B3261E',
    paused: '#0072B2',
    scheduled: '#7A5C00',
    event: '#5D4CB3',
  },
  dark: {
    background: '#121417',
    text: '#E8EAED',
    muted: '#A9B0BB',
    grid: '#2C3036',
    target: '#D0D0D0',
    today: '#FF8A80',
    asOf: '#A9B0BB',
    unknown: '#1E2228',
    inForce: '#FF8A80',
    paused: '#56B4E9',
    scheduled: '#F0E442',
    event: '#A99CF0',
  },
}

/** One theme's colours by role. */
export type RoleColors = (typeof ROLE_COLORS)[Theme]

/** A pause window's colour, in the timeline and its legend. */
export function windowStateColor(state: WindowState, c: RoleColors): string {
  return state === 'in-force' ? c.inForce : c[state]
}

/** Series style by position in its figure: colour + dash, deterministic. */
export function seriesStyle(
  index: number,
  theme: Theme,
): { color: string; dash: string } {
  const colors = SERIES_COLORS[theme]
  return {
    color: colors[index % colors.length]!,
    // Offset the dash by the colour cycle so series i and i + 8 never look alike.
    dash: SERIES_DASHES[
      (index + Math.floor(index / colors.length)) % SERIES_DASHES.length
    ]!,
  }
}
