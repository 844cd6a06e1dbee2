/** The shared date range of all figures, its presets and its URL form. */
import { formatIsoDate, parseIsoDate } from '@/domain/dates'
import type { Lang } from '@/domain/i18n'

export interface DateRange {
  fromMs: number
  toMs: number
}

/** Presets; `labelKey` is the name's message (vocab.json). */
export const RANGE_PRESETS = [
  {
    id: 'trade-war',
    labelKey: 'vocab.preset.tradeWar',
    from: '2018-01-01',
    to: '2026-12-31',
  },
  {
    id: 'escalation-2025',
    labelKey: 'vocab.preset.escalation2025',
    from: '2025-01-01',
    to: '2025-12-31',
  },
  {
    id: 'busan-deal',
    labelKey: 'vocab.preset.busanDeal',
    // The summit (30 Oct 2025), the first purchases and the February deadline.
    from: '2025-10-01',
    to: '2026-02-28',
  },
  {
    id: 'since-2025',
    labelKey: 'vocab.preset.since2025',
    from: '2025-01-01',
    to: '2026-12-31',
  },
] as const

export type RangePresetId = (typeof RANGE_PRESETS)[number]['id']

export function presetRange(id: RangePresetId): DateRange {
  const preset = RANGE_PRESETS.find((p) => p.id === id) ?? RANGE_PRESETS[3]
  return { fromMs: parseIsoDate(preset.from)!, toMs: parseIsoDate(preset.to)! }
}

/** 2025-01-01 → 2026-12-31: the escalation, the truce and its expiries. */
export const DEFAULT_RANGE: DateRange = presetRange('since-2025')

/** Earliest and latest dates the range control accepts. */
export const RANGE_LIMITS: DateRange = {
  fromMs: parseIsoDate('2016-01-01')!,
  toMs: parseIsoDate('2029-12-31')!,
}

/**
 * `from`/`to` URL values → a range. Each bad or missing bound falls back to the
 * default's; a reversed or out-of-limits range falls back to the default whole.
 */
export function parseDateRange(
  from: string | null,
  to: string | null,
): DateRange {
  const fromMs =
    (from !== null ? parseIsoDate(from) : undefined) ?? DEFAULT_RANGE.fromMs
  const toMs =
    (to !== null ? parseIsoDate(to) : undefined) ?? DEFAULT_RANGE.toMs
  if (
    fromMs >= toMs ||
    fromMs < RANGE_LIMITS.fromMs ||
    toMs > RANGE_LIMITS.toMs
  )
    return DEFAULT_RANGE
  return { fromMs, toMs }
}

/** The preset a range matches exactly, if any. */
export function matchPreset(range: DateRange): RangePresetId | undefined {
  return RANGE_PRESETS.find(
    (p) =>
      parseIsoDate(p.from) === range.fromMs &&
      parseIsoDate(p.to) === range.toMs,
  )?.id
}

/** `'2025-01-01 to 2026-12-31'` · `'2025-01-01至2026-12-31'` (ISO dates: the range as the URL and the control hold it). */
export function formatRange(range: DateRange, lang: Lang): string {
  return lang.t('vocab.range', {
    from: formatIsoDate(range.fromMs),
    to: formatIsoDate(range.toMs),
  })
}

export function isInRange(ms: number, range: DateRange): boolean {
  return ms >= range.fromMs && ms <= range.toMs
}
