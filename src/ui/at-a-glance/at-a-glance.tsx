import type { GlanceCard as Card } from '@/domain/glance/card'
import { GlanceCard } from '@/ui/at-a-glance/glance-card'

interface AtAGlanceProps {
  cards: readonly Card[]
  /** The "data are old" line, when they are. */
  freshness?: string
  isFigureShown: (card: Card) => boolean
}

/** The answers first: one card per commitment, above the controls. */
export function AtAGlance({ cards, freshness, isFigureShown }: AtAGlanceProps) {
  return (
    <section className="glance" aria-labelledby="glance-heading">
      <div className="glance__head">
        <h2 id="glance-heading">At a glance</h2>
        {freshness && <p className="glance__freshness">{freshness}</p>}
      </div>
      {cards.length === 0 ? (
        <p className="empty-note">No commitment in this dataset to judge.</p>
      ) : (
        <ul className="glance__list">
          {cards.map((card) => (
            <GlanceCard
              key={card.id}
              card={card}
              figureShown={isFigureShown(card)}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
