import { splitLede } from '@/domain/lede'

/**
 * The page's intro: the first sentence of the dataset's description, the
 * rest of it behind "About this dataset" (closed, still in the page).
 */
export function DatasetIntro({ description }: { description: string }) {
  const { first, rest } = splitLede(description)
  return (
    <div className="lede">
      <p>{first}</p>
      {rest !== '' && (
        <details className="lede__more">
          <summary>About this dataset</summary>
          <p>{rest}</p>
        </details>
      )}
    </div>
  )
}
