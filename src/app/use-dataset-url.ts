import { pageBaseUri } from '@/app/page-base'
import { useLocationSearch } from '@/app/use-location-search'
import { datasetUrlFromSearch } from '@/data/dataset-url'

/** The dataset URL for this page: `?data=` when valid, else the bundled file. */
export function useDatasetUrl(): string {
  return datasetUrlFromSearch(useLocationSearch(), pageBaseUri())
}
