import type { GlanceCard as Card } from '@/domain/glance/card'
import { useLang } from '@/i18n/lang-context'
import { GlanceCard } from '@/ui/at-a-glance/glance-card'

interface AtAGlanceProps {
  cards: readonly Card[]
  /** The "data are old" line, when they are. */
  freshness?: string
  isFigureShown: (card: Card) => boolean
}

/** The answers first: one card per commitment, above the controls. */
export function AtAGlance({ cards, freshness, isFigureShown }: AtAGlanceProps) {
  const lang = useLang()
  return (
    <section className="glance" aria-labelledby="glance-heading">
      <div className="glance__head">
        <h2 id="glance-heading">{lang.t('glance.heading')}</h2>
        {freshness && <p className="glance__freshness">{freshness}</p>}
      </div>
      {cards.length === 0 ? (
        <p className="empty-note">{lang.t('glance.empty')}</p>
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
