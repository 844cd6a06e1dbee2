import { splitLede } from '@/domain/lede'
import { useLang } from '@/i18n/lang-context'

/**
 * The page's intro: the first sentence of the dataset's description, the
 * rest of it behind "About this dataset" (closed, still in the page).
 */
export function DatasetIntro({ description }: { description: string }) {
  const { t } = useLang()
  const { first, rest } = splitLede(description)
  return (
    <div className="lede">
      <p>{first}</p>
      {rest !== '' && (
        <details className="lede__more">
          <summary>{t('intro.aboutDataset')}</summary>
          <p>{rest}</p>
        </details>
      )}
    </div>
  )
}
