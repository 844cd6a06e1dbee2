import { type DirectionFilter, DIRECTION_FILTERS } from '@/domain/filters'
import { DIRECTION_META } from '@/domain/vocabulary'

interface TariffOptionsProps {
  direction: DirectionFilter
  showAverages: boolean
  onDirection: (next: DirectionFilter) => void
  onShowAverages: (next: boolean) => void
}

const LABELS: Record<DirectionFilter, string> = {
  both: 'Both directions',
  'us-on-china': DIRECTION_META['us-on-china'].label,
  'china-on-us': DIRECTION_META['china-on-us'].label,
}

export function TariffOptions({
  direction,
  showAverages,
  onDirection,
  onShowAverages,
}: TariffOptionsProps) {
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
              {LABELS[d]}
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
