import { type DirectionFilter, DIRECTION_FILTERS } from '@/domain/filters'
import { DIRECTION_META } from '@/domain/vocabulary'
import { useLang } from '@/i18n/lang-context'

interface TariffOptionsProps {
  direction: DirectionFilter
  showAverages: boolean
  onDirection: (next: DirectionFilter) => void
  onShowAverages: (next: boolean) => void
}

const BOTH_LABEL = 'Both directions'

export function TariffOptions({
  direction,
  showAverages,
  onDirection,
  onShowAverages,
}: TariffOptionsProps) {
  const lang = useLang()
  return (
    <fieldset className="control-group">
      <legend>Tariff options</legend>
      <label>
        Direction{' '}
        <select
          name="direction"
          value={direction}
          onChange={(e) => onDirection(e.target.value as DirectionFilter)}
        >
          {DIRECTION_FILTERS.map((d) => (
            <option key={d} value={d}>
              {d === 'both' ? BOTH_LABEL : lang.t(DIRECTION_META[d].labelKey)}
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
        Show average-rate estimates (methods differ)
      </label>
    </fieldset>
  )
}
