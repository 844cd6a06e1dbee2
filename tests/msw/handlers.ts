import { HttpResponse, http } from 'msw'

import { BUNDLED_DATASET_URL } from '@/data/dataset-url'
import { makeDataset } from '../fixtures/builders'

/** The bundled dataset's absolute URL, resolved as the app resolves it. */
export const DATASET_URL = new URL(
  BUNDLED_DATASET_URL,
  'http://localhost:3000/',
).href

/** Happy path only: the bundled URL answers with the basic fixture. */
export const handlers = [
  http.get(DATASET_URL, () => HttpResponse.json(makeDataset())),
]
