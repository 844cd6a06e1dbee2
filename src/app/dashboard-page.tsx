import { useDatasetUrl } from '@/app/use-dataset-url'
import { DashboardView } from '@/app/dashboard-view'
import { describeDatasetError } from '@/data/dataset-error'
import {
  BUNDLED_DATASET_URL,
  DATA_PARAM,
  resolveDatasetUrl,
} from '@/data/dataset-url'
import { useDataset } from '@/data/dataset-queries'
import { AppHeader } from '@/ui/app-header'
import { ErrorState } from '@/ui/status/error-state'
import { LoadingState } from '@/ui/status/loading-state'

/** The current page URL without `?data=`, keeping every other parameter. */
function bundledHref(): string {
  const url = new URL(window.location.href)
  url.searchParams.delete(DATA_PARAM)
  return url.pathname + url.search + url.hash
}

/** The only component that knows about the query: maps its status to a view. */
export function DashboardPage() {
  const url = useDatasetUrl()
  const query = useDataset(url)
  const isCustom =
    url !== resolveDatasetUrl(BUNDLED_DATASET_URL, document.baseURI)
  return (
    <>
      <AppHeader
        {...(query.data && { meta: query.data.meta })}
        {...(isCustom && { customDatasetUrl: url })}
      />
      <main id="main">
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState
            {...describeDatasetError(query.error)}
            onRetry={() => void query.refetch()}
            isRetrying={query.isFetching}
            {...(isCustom && { bundledHref: bundledHref() })}
          />
        ) : (
          <DashboardView dataset={query.data} />
        )}
      </main>
    </>
  )
}
