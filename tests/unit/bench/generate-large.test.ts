import { describe, expect, it } from 'vitest'

import { validateDataset } from '@/data/validate-dataset'
import { generateLargeDataset } from '../../../bench/generate-large'

describe(generateLargeDataset, () => {
  it.each([2_000, 20_000])(
    'makes a valid, deterministic dataset of about %d points',
    (points) => {
      const raw = generateLargeDataset(points)
      const dataset = validateDataset(raw)
      const total = dataset.series.reduce((n, s) => n + s.points.length, 0)
      expect(total).toBeGreaterThanOrEqual(points)
      expect(total).toBeLessThan(points * 1.1)
      expect(JSON.stringify(generateLargeDataset(points))).toBe(
        JSON.stringify(raw),
      )
    },
  )
})
