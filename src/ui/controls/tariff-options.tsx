import {
  type DirectionFilter,
  DIRECTION_FILTER_META,
  DIRECTION_FILTERS,
} from '@/domain/filters'
import { useLang } from '@/i18n/lang-context'

interface TariffOptionsProps {
  direction: DirectionFilter
  showAverages: boolean
  onDirection: (next: DirectionFilter) => void
  onShowAverages: (next: boolean) => void
}

export function TariffOptions({
  direction,
  showAverages,
  onDirection,
  onShowAverages,
}: TariffOptionsProps) {
  const { t } = useLang()
  return (
    <fieldset className="control-group">
      <legend>{t('controls.tariff.legend')}</legend>
      <label>
        {t('controls.tariff.direction')}{' '}
        <select
          name="direction"
          value={direction}
          onChange={(e) => onDirection(e.target.value as DirectionFilter)}
        >
          {DIRECTION_FILTERS.map((d) => (
            <option key={d} value={d}>
              {t(DIRECTION_FILTER_META[d].labelKey)}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          name="averages"
          checked={showAverages}
          onChange={(e) => onShowAverages(e.target.checked)}
        />
        {t('controls.tariff.averages')}
      </label>
    </fieldset>
  )
}
