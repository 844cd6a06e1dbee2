import { useSyncExternalStore } from 'react'

import { datasetUrlFromSearch } from '@/data/dataset-url'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  return () => window.removeEventListener('popstate', onChange)
}

/** The dataset URL for this page: `?data=` when valid, else the bundled file. */
export function useDatasetUrl(): string {
  const search = useSyncExternalStore(subscribe, () => window.location.search)
  return datasetUrlFromSearch(search, document.baseURI)
}
