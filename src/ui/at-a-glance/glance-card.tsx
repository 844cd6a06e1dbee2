import type { GlanceCard as Card } from '@/domain/glance/card'
import { VERDICT_META } from '@/domain/glance/verdicts'
import { punctuation } from '@/domain/punctuation'
import { useLang } from '@/i18n/lang-context'
import { GlanceVisual } from '@/ui/at-a-glance/glance-visual'
import { VerdictIcon } from '@/ui/at-a-glance/verdict-icon'

interface GlanceCardProps {
  card: Card
  /** False when the filters hide the card's figure (no link then). */
  figureShown: boolean
}

/** One commitment: verdict in words and shape, key figures with dates, deadline, picture, link. */
export function GlanceCard({ card, figureShown }: GlanceCardProps) {
  const lang = useLang()
  const p = punctuation(lang)
  const meta = VERDICT_META[card.verdict]
  const titleId = `glance-${card.id}`
  const oneDate =
    card.figures.length === 1 ||
    card.figures.every((f) => f.asOfMs === card.figures[0]!.asOfMs)
  return (
    <li
      className={`glance-card glance-card--${meta.tone}`}
      aria-labelledby={titleId}
    >
      <h3 id={titleId} className="glance-card__title">
        {card.title}
      </h3>
      <p className="glance-verdict">
        <VerdictIcon icon={meta.icon} />
        <span className="visually-hidden">
          {lang.t('glance.verdictPrefix')}
        </span>
        <span className="glance-verdict__word">{lang.t(meta.label)}</span>
      </p>
      {card.verdictDetail && (
        <p className="glance-card__small glance-card__more">
          {card.verdictDetail}
        </p>
      )}
      <ul className="glance-figures">
        {card.figures.map((f, i) => (
          <li key={i}>
            <strong className="glance-figure__value">{f.value}</strong>
            {f.context && p.gap}
            {f.context}
            {f.source && <span className="muted"> · {f.source}</span>}
            {!oneDate && (
              <span className="muted">
                {lang.t('glance.figureAsOf', { date: lang.date(f.asOfMs) })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {oneDate && (
        <p className="glance-card__small muted">
          {lang.t('glance.asOf', {
            date: lang.date(card.figures[0]!.asOfMs),
          })}
        </p>
      )}
      {card.detail && (
        <p className="glance-card__small glance-card__more">{card.detail}</p>
      )}
      <p className="glance-card__small glance-card__deadline">
        {card.deadline}
      </p>
      <div className="glance-card__foot">
        <GlanceVisual visual={card.visual} />
        {figureShown ? (
          <a className="glance-card__link" href={`#${card.figureId}`}>
            {lang.t('glance.seeFigure')}
            <span className="visually-hidden">
              {p.colon}
              {card.title}
            </span>
          </a>
        ) : (
          <span className="glance-card__small muted">
            {lang.t('glance.figureHidden')}
          </span>
        )}
      </div>
    </li>
  )
}
