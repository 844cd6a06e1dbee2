import { describe, expect, it } from 'vitest'

import { datasetUrlFromSearch } from '@/data/dataset-url'

const BASE = 'https://tracker.example/app/'

describe(datasetUrlFromSearch, () => {
  it.each<[string, string]>([
    ['', 'https://tracker.example/data/commitments.json'],
    ['?data=', 'https://tracker.example/data/commitments.json'],
    ['?data=other.json', 'https://tracker.example/app/other.json'],
    ['?data=/fixtures/bad.json', 'https://tracker.example/fixtures/bad.json'],
    [
      '?data=https%3A%2F%2Fdata.example%2Fd.json',
      'https://data.example/d.json',
    ],
    [
      '?data=javascript%3Aalert(1)',
      'https://tracker.example/data/commitments.json',
    ],
    ['?data=http%3A%2F%2F%5B', 'https://tracker.example/data/commitments.json'],
  ])('%s → %s', (search, expected) => {
    expect(datasetUrlFromSearch(search, BASE)).toBe(expected)
  })
})
