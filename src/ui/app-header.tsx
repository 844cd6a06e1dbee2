import type { DatasetMeta } from '@/domain/types'
import { useLang } from '@/i18n/lang-context'
import { LanguageSwitch, type LanguageSwitchProps } from '@/ui/language-switch'
import { formatAsOfDate } from '@/domain/format'

interface AppHeaderProps {
  /** Absent while loading or when the dataset failed. */
  meta?: DatasetMeta
  /** Set when `?data=` or a local file replaces the bundled dataset: where it came from. */
  customDataset?: { kind: 'url' | 'file'; name: string }
  language: LanguageSwitchProps
}

export function AppHeader({ meta, customDataset, language }: AppHeaderProps) {
  const { t } = useLang()
  return (
    <header className="app-header">
      <div>
        <div className="app-header__title-row">
          <h1>{t('app.name')}</h1>
          <LanguageSwitch {...language} />
        </div>
        <p className="app-header__tagline">{t('header.tagline')}</p>
      </div>
      {meta && (
        <dl className="app-header__meta">
          <div>
            <dt className="visually-hidden">{t('header.dataset')}</dt>
            <dd>
              {meta.title}{' '}
              <span className="muted">
                {t('header.version', { version: meta.version })}
              </span>
            </dd>
          </div>
          <div>
            <dt className="visually-hidden">{t('header.coverage')}</dt>
            <dd>
              <strong>
                {t('header.asOf', { date: formatAsOfDate(meta.asOfMs) })}
              </strong>
              <span className="muted">
                {' · '}
                {t('header.checked', {
                  date: formatAsOfDate(meta.checkedOnMs),
                })}
              </span>
            </dd>
          </div>
          <div>
            <dt className="visually-hidden">{t('header.links')}</dt>
            <dd>
              <a href="#sources">{t('header.sources')}</a>
              {customDataset && (
                <span className="muted">
                  {' · '}
                  {t(
                    customDataset.kind === 'file'
                      ? 'header.customFile'
                      : 'header.customUrl',
                  )}{' '}
                  <code className="break">{customDataset.name}</code>
                </span>
              )}
            </dd>
          </div>
        </dl>
      )}
    </header>
  )
}
