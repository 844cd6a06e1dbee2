import type { Dataset } from '@/domain/types'

/** The dataset's known gaps, as a region whose list opens on demand. */
export function GapsPanel({ gaps }: { gaps: Dataset['meta']['gaps'] }) {
  if (gaps.length === 0) return null
  return (
    <section className="panel gaps-panel" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">
        What the data does not say ({gaps.length} known gaps)
      </h2>
      <details>
        <summary>Show the {gaps.length} known gaps</summary>
        <ul>
          {gaps.map((g) => (
            <li key={g.id}>{g.text}</li>
          ))}
        </ul>
      </details>
    </section>
  )
}
