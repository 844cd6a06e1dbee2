import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'

import { App } from '@/app/app'
import { loadLang } from '@/app/catalogues'
import { preloadChartCode } from '@/charts/chart-code'
import { createQueryClient } from '@/app/query-client'
import { currentLocale } from '@/app/use-locale'
import {
  BUNDLED_DATASET_URL,
  DATA_PARAM,
  resolveDatasetUrl,
} from '@/data/dataset-url'
import { datasetQueryOptions } from '@/data/dataset-queries'
import { datasetFingerprint } from '@/domain/fingerprint'

// When the app's code started (src/boot.ts runs it after the first paint).
performance.mark('truce-tracker:app-start')

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const queryClient = createQueryClient()
const locale = currentLocale()
const app = (hydrateAt?: number) => (
  <StrictMode>
    <App
      queryClient={queryClient}
      locale={locale}
      {...(hydrateAt !== undefined && { hydrateAt })}
    />
  </StrictMode>
)

/**
 * The build prerenders the default view into #root (see vite.config.ts). It is
 * hydrated once the bundled dataset it was rendered from is loaded (the fetch
 * started with the HTML's preload) and found to be the same (fingerprint);
 * other datasets (`?data=`, or a data file changed since the build), another
 * language than the HTML's (a remembered choice, `?lang=`), a failed load, or
 * a page without prerendered HTML are rendered by the client alone. The
 * reader's catalogue is loaded first, so the first render is in their language.
 */
const prerenderedAt = Number(root.dataset.prerenderedAt)
const canHydrate =
  root.hasChildNodes() &&
  root.dataset.prerenderedLocale === locale &&
  Number.isFinite(prerenderedAt) &&
  !new URLSearchParams(window.location.search).has(DATA_PARAM)

/**
 * Hydration and client renders run as transitions: React renders in slices of
 * a few milliseconds and yields to the browser between them, so the first
 * view stays responsive while the page comes alive (no single long task).
 */
const hydrate = () =>
  startTransition(() => {
    hydrateRoot(root, app(prerenderedAt))
  })
const render = () => startTransition(() => createRoot(root).render(app()))

const catalogue = loadLang(locale)
// The time chart's code downloads with the dataset (a large `?data=` file can
// take seconds), so neither the first chart nor an early export waits for it;
// printing needs every chart's code, fetched soon after (charts/chart-code.ts).
preloadChartCode()
if (canHydrate) {
  const bundled = datasetQueryOptions(
    resolveDatasetUrl(BUNDLED_DATASET_URL, document.baseURI),
  )
  Promise.all([queryClient.fetchQuery(bundled), catalogue]).then(
    ([dataset]) =>
      datasetFingerprint(dataset) === root.dataset.prerenderedDataset
        ? hydrate()
        : render(),
    render,
  )
} else {
  // A catalogue that fails to load leaves the page in English.
  void catalogue.catch(() => undefined).then(render)
}
