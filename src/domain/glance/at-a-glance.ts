/**
 * The "At a glance" cards: one per commitment, computed from the dataset and
 * today by the same functions that write the figure summaries.
 */
import type { DashboardFilters } from '@/domain/filters'
import { isDirectionShown } from '@/domain/filters'
import type { GlanceCard } from '@/domain/glance/card'
import { pauseCard } from '@/domain/glance/pause-card'
import { pledgeCard } from '@/domain/glance/pledge-card'
import { tariffCard } from '@/domain/glance/tariff-card'
import { latestPause } from '@/domain/pause-end'
import type { Dataset, Target } from '@/domain/types'
import { DIRECTIONS } from '@/domain/vocabulary'
import type { Lang } from '@/domain/i18n'

/**
 * Pledges shown as cards: soybean targets (the ones with figures) that have
 * started by today and state at least one deadline that is not approximate
 * (a claim with no date stated, e.g. "the current season", stays in its figure).
 */
export function glancePledges(dataset: Dataset, nowMs: number): Target[] {
  return dataset.targets.filter(
    (t) =>
      t.commodity === 'soybeans' &&
      t.startMs <= nowMs &&
      t.deadlines.some((d) => !d.approx),
  )
}

const defined = <T>(x: T | undefined): x is T => x !== undefined

export function computeGlance(
  dataset: Dataset,
  nowMs: number,
  lang: Lang,
): GlanceCard[] {
  const measures = dataset.measures
  return [
    ...DIRECTIONS.map((d) => tariffCard(dataset, d, nowMs, lang)),
    ...glancePledges(dataset, nowMs).map((t) =>
      pledgeCard(dataset, t, nowMs, lang),
    ),
    pauseCard(
      dataset,
      {
        id: 'rare-earth-controls',
        title: 'glance.pause.rareEarth.title',
        countLabel: 'glance.pause.rareEarth.context',
        spokenCount: 'glance.pause.rareEarth.label',
        measures: measures.filter(
          (m) => m.commodity === 'rare-earths' && m.side === 'china',
        ),
        figureCommodity: 'rare-earths',
      },
      nowMs,
      lang,
    ),
    pauseCard(
      dataset,
      {
        id: 'us-suspensions',
        title: 'glance.pause.us.title',
        countLabel: 'glance.pause.us.context',
        spokenCount: 'glance.pause.us.label',
        measures: measures.filter(
          (m) => m.side === 'us' && latestPause(m) !== undefined,
        ),
        figureCommodity: 'tariffs',
      },
      nowMs,
      lang,
    ),
  ].filter(defined)
}

/** Whether the card's figure is on the page for these filters (its link works). */
export function isCardFigureShown(
  card: GlanceCard,
  filters: Pick<DashboardFilters, 'commodities' | 'direction' | 'range'>,
): boolean {
  if (!filters.commodities.includes(card.commodity)) return false
  if (card.direction && !isDirectionShown(filters.direction, card.direction))
    return false
  if (card.span)
    return (
      card.span[0] <= filters.range.toMs && card.span[1] >= filters.range.fromMs
    )
  return true
}
