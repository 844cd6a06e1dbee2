import { useState } from 'react'

import { OfflineStatus } from '@/app/offline-status'
import { useLanguageSwitch } from '@/app/use-language-switch'
import { pageBaseUri } from '@/app/page-base'
import { useDatasetUrl } from '@/app/use-dataset-url'
import { useHydrated } from '@/app/use-hydrated'
import { DashboardView } from '@/app/dashboard-view'
import { describeDatasetError } from '@/data/dataset-error'
import {
  BUNDLED_DATASET_URL,
  DATA_PARAM,
  resolveDatasetUrl,
} from '@/data/dataset-url'
import { useDataset } from '@/data/dataset-queries'
import { localizeDataset } from '@/domain/localize-dataset'
import type { Dataset } from '@/domain/types'
import { useLang } from '@/i18n/lang-context'
import { AppHeader } from '@/ui/app-header'
import { DatasetLoader } from '@/ui/dataset-loader'
import { ErrorState } from '@/ui/status/error-state'
import { LoadingState } from '@/ui/status/loading-state'

/** The current page URL without `?data=`, keeping every other parameter. */
function bundledHref(): string {
  const url = new URL(window.location.href)
  url.searchParams.delete(DATA_PARAM)
  return url.pathname + url.search + url.hash
}

/** A dataset read from a local file: client state, since it never comes from a server. */
type LocalDataset =
  | { name: string; status: 'loading' }
  | { name: string; status: 'ok'; dataset: Dataset }
  | { name: string; status: 'error'; error: unknown }

/** The only component that knows where the dataset comes from: maps load status to a view. */
export function DashboardPage() {
  const url = useDatasetUrl()
  const query = useDataset(url)
  const [local, setLocal] = useState<LocalDataset | null>(null)
  const hydrated = useHydrated()
  const lang = useLang()
  const { t } = lang
  const language = useLanguageSwitch()
  const isCustom = url !== resolveDatasetUrl(BUNDLED_DATASET_URL, pageBaseUri())

  const openFile = (file: File) => {
    setLocal({ name: file.name, status: 'loading' })
    // The file loader is only needed when someone opens a file.
    import('@/data/load-file')
      .then(({ loadDatasetFile }) => loadDatasetFile(file))
      .then(
        (dataset) =>
          setLocal((cur) =>
            cur?.name === file.name
              ? { name: file.name, status: 'ok', dataset }
              : cur,
          ),
        (error: unknown) =>
          setLocal((cur) =>
            cur?.name === file.name
              ? { name: file.name, status: 'error', error }
              : cur,
          ),
      )
  }
  const useBundled = () => {
    setLocal(null)
    if (isCustom) window.location.assign(bundledHref())
  }

  const loader = (
    <DatasetLoader
      onFile={openFile}
      onUseBundled={useBundled}
      {...(local && {
        current: t('controls.loader.localFile', { name: local.name }),
      })}
    />
  )
  let body
  let meta
  if (local) {
    if (local.status === 'loading') body = <LoadingState />
    else if (local.status === 'error')
      body = (
        <ErrorState
          {...describeDatasetError(local.error, lang)}
          url={t('controls.loader.localFile', { name: local.name })}
          onRetry={() => setLocal(null)}
          isRetrying={false}
          retryable={false}
        />
      )
    else {
      meta = local.dataset.meta
      body = <DashboardView dataset={local.dataset} />
    }
  } else if (query.isPending) body = <LoadingState />
  else if (query.isError)
    body = (
      <ErrorState
        {...describeDatasetError(query.error, lang)}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
        {...(isCustom && { bundledHref: bundledHref() })}
      />
    )
  else {
    // The header names the dataset in the reader's language.
    meta = localizeDataset(query.data, lang.locale).meta
    body = <DashboardView dataset={query.data} />
  }
  return (
    <>
      <a className="skip-link" href="#main">
        {t('page.skipLink')}
      </a>
      <AppHeader
        {...(meta && { meta })}
        {...(local
          ? { customDataset: { kind: 'file', name: local.name } }
          : isCustom && { customDataset: { kind: 'url', name: url } })}
        language={language}
      />
      <main id="main" tabIndex={-1}>
        {!isCustom && !local && <OfflineStatus bundledUrl={url} />}
        {/* One switch for every control: off until the prerendered page is live. */}
        <fieldset className="page-controls" disabled={!hydrated}>
          {body}
          {/* After the dashboard: the answers come first, the file picker last. */}
          {loader}
        </fieldset>
      </main>
    </>
  )
}
