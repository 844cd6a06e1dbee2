/** Query keys, options and the hook for the dataset: no other file spells a key. */
import { queryOptions, useQuery } from '@tanstack/react-query'

import { loadDataset } from '@/data/load-dataset'

export const datasetKeys = {
  all: ['dataset'] as const,
  byUrl: (url: string) => [...datasetKeys.all, url] as const,
}

export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: datasetKeys.byUrl(url),
    queryFn: ({ signal }) => loadDataset(url, signal),
    // A dataset file does not change while the page is open.
    staleTime: Infinity,
  })
}

export function useDataset(url: string) {
  return useQuery(datasetQueryOptions(url))
}
