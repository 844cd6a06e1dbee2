import { en } from '../../lang'
import { describe, expect, it } from 'vitest'

import { validateDataset } from '@/data/validate-dataset'
import { computeExportSubtitle } from '@/domain/export-subtitle'
import type { AnyFigure } from '@/domain/figure-model'
import { DEFAULT_FILTERS, type DashboardFilters } from '@/domain/filters'
import { makeDataset } from '../../fixtures/builders'
import { allFigures } from '../../fixtures/figures'

const NOW = Date.parse('2026-01-15T12:00:00Z')
const dataset = () => validateDataset(makeDataset())
const range = {
  fromMs: Date.parse('2025-01-01T00:00:00Z'),
  toMs: Date.parse('2026-12-31T00:00:00Z'),
}

function subtitleOf(
  kind: AnyFigure['kind'],
  filters: Partial<DashboardFilters> = {},
) {
  const f = { ...DEFAULT_FILTERS, range, ...filters }
  const figure = allFigures(dataset(), f, NOW)
    .flatMap((c) => c.figures)
    .find((x) => x.kind === kind)!
  return computeExportSubtitle(figure, f, en)
}

describe(computeExportSubtitle, () => {
  it.each<[string, AnyFigure['kind'], Partial<DashboardFilters>, string]>([
    [
      'tariffs: layers shown and averages hidden',
      'tariffs',
      {},
      '2025-01-01 to 2026-12-31 · 1 of 1 layers shown · average-rate estimates hidden',
    ],
    [
      'tariffs: averages shown',
      'tariffs',
      { showAverages: true },
      '2025-01-01 to 2026-12-31 · 1 of 1 layers shown · average-rate estimates shown',
    ],
    [
      'tariffs: a layer switched off',
      'tariffs',
      { toggledSeries: ['us-ieepa-fentanyl'] },
      '2025-01-01 to 2026-12-31 · 0 of 1 layers shown · average-rate estimates hidden',
    ],
    [
      'soybeans: the sources shown',
      'soybean-progress',
      {},
      '2025-01-01 to 2026-12-31 · sources: USDA-confirmed purchases',
    ],
    [
      'soybeans: every source switched off',
      'soybean-progress',
      { toggledSeries: ['soy-usda-contracts'] },
      '2025-01-01 to 2026-12-31 · sources: none',
    ],
    ['pauses: the range only', 'pauses', {}, '2025-01-01 to 2026-12-31'],
  ])('%s', (_, kind, filters, subtitle) => {
    expect(subtitleOf(kind, filters)).toBe(subtitle)
  })
})
