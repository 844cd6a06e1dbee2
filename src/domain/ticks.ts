/** Time-axis ticks on calendar boundaries: months, quarters or years, whichever fits. */
import type { Lang } from '@/domain/i18n'

const STEPS_MONTHS = [1, 2, 3, 6, 12, 24, 36] as const

/** At most `maxTicks` ticks on the first day of a month inside [fromMs, toMs]. */
export function computeTimeTicks(
  fromMs: number,
  toMs: number,
  maxTicks: number,
): number[] {
  if (!(toMs > fromMs) || maxTicks < 1) return []
  const from = new Date(fromMs)
  const months =
    (new Date(toMs).getUTCFullYear() - from.getUTCFullYear()) * 12 +
    new Date(toMs).getUTCMonth() -
    from.getUTCMonth() +
    1
  const step = STEPS_MONTHS.find((s) => months / s <= maxTicks) ?? 48
  const ticks: number[] = []
  // Align to a multiple of the step from January so ticks land on quarters/years.
  let y = from.getUTCFullYear()
  let m =
    Math.ceil(from.getUTCMonth() / Math.min(step, 12)) * Math.min(step, 12)
  if (step > 12) m = 0
  for (;;) {
    const t = Date.UTC(y, m, 1)
    if (t > toMs) break
    if (t >= fromMs && (step <= 12 || y % (step / 12) === 0)) ticks.push(t)
    m += Math.min(step, 12)
    while (m >= 12) {
      m -= 12
      y++
    }
  }
  return ticks
}

const isJanuary = (ms: number) => new Date(ms).getUTCMonth() === 0

/**
 * A time-axis tick's text in the reader's language: `'Oct 2025'` ·
 * `'2025年10月'`; on a narrow plot `'Oct 25'` · `'25年10月'`, where Chinese
 * writes the year only on January ticks (or on the first tick when no
 * January is shown) and the month alone elsewhere (`'4月'`), as Chinese
 * charts do, so the labels fit a 390 px screen.
 */
export function formatTimeTick(
  ms: number,
  ticks: readonly number[],
  narrow: boolean,
  lang: Lang,
): string {
  if (!narrow) return lang.axisMonth(ms)
  const withYear = isJanuary(ms) || (ms === ticks[0] && !ticks.some(isJanuary))
  return lang.axisMonthShort(ms, withYear)
}
