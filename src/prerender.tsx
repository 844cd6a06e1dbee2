/**
 * Build-time prerendering of the default view (see vite.config.ts): the bundled
 * dataset, no URL parameters, light theme, the first figure's chart drawn. The
 * browser shows this HTML before any JavaScript runs; src/main.tsx then
 * hydrates it with the same dataset and the same "now", and updates to the
 * real clock.
 */
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'

import { App } from '@/app/app'
import { loadedLang, registerLang } from '@/app/catalogues'
import { PRERENDER_BASE_URI } from '@/app/page-base'
import { createQueryClient } from '@/app/query-client'
import { BUNDLED_DATASET_URL, resolveDatasetUrl } from '@/data/dataset-url'
import { datasetQueryOptions } from '@/data/dataset-queries'
import { DatasetError, formatProblem } from '@/data/dataset-error'
import { validateDatasetLenient } from '@/data/lenient-dataset'
import { parseDatasetText } from '@/data/validate-dataset'
import { datasetFingerprint } from '@/domain/fingerprint'
import { type Catalogue, createLang } from '@/domain/i18n'
import type { Locale } from '@/domain/locale'
import { zhCN } from '@/locales/zh-CN'

/**
 * The bundled dataset, validated as the browser does; a bad file fails the
 * build, naming its problems. So does a dropped record: the build records
 * this file's digest as validated (src/data/verified-dataset.ts), so it must
 * pass whole.
 */
function parseBundled(datasetText: string) {
  let dataset
  try {
    dataset = parseDatasetText(datasetText, validateDatasetLenient)
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error
    const lines = error.problems.slice(0, 10).map(formatProblem)
    const message = [
      `prerender: ${error.message} (data/commitments.json)`,
      ...lines,
    ].join('\n  ')
    throw new Error(message, { cause: error })
  }
  if (dataset.dropped.length > 0)
    throw new Error(
      [
        `prerender: ${dataset.dropped.length} record(s) of data/commitments.json would be dropped; the bundled dataset must validate whole`,
        ...dataset.dropped
          .slice(0, 10)
          .map((d) => `${d.record}: ${d.reasons.join('; ')}`),
      ].join('\n  '),
    )
  return dataset
}

registerLang(createLang('zh-CN', zhCN as Catalogue))

/** The HTML of the default view for a dataset's text, as of `nowMs`, in `locale`, and that dataset's fingerprint. */
export function prerenderDefaultView(
  datasetText: string,
  nowMs: number,
  locale: Locale = 'en',
): { html: string; fingerprint: string; title: string } {
  const dataset = parseBundled(datasetText)
  const queryClient = createQueryClient()
  const url = resolveDatasetUrl(BUNDLED_DATASET_URL, PRERENDER_BASE_URI)
  queryClient.setQueryData(datasetQueryOptions(url).queryKey, dataset)
  const html = renderToString(
    <StrictMode>
      <App queryClient={queryClient} now={() => nowMs} locale={locale} />
    </StrictMode>,
  )
  const title = loadedLang(locale)!.t('app.documentTitle')
  return { html, fingerprint: datasetFingerprint(dataset), title }
}
