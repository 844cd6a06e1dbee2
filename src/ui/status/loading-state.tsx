import { useLang } from '@/i18n/lang-context'

export function LoadingState() {
  const { t } = useLang()
  return (
    <div className="status-panel" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{t('status.loading')}</span>
    </div>
  )
}
