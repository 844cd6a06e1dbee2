import {
  COMMODITIES,
  COMMODITY_META,
  type Commodity,
} from '@/domain/commodities'

interface CommodityFilterProps {
  value: readonly Commodity[]
  onChange: (next: Commodity[]) => void
}

/** Checkboxes in a group named "Commodities"; unchecking hides that commodity's figures. */
export function CommodityFilter({ value, onChange }: CommodityFilterProps) {
  return (
    <fieldset className="control-group">
      <legend>Commodities</legend>
      {COMMODITIES.map((c) => (
        <label key={c} className="check" title={COMMODITY_META[c].description}>
          <input
            type="checkbox"
            name="commodities"
            value={c}
            checked={value.includes(c)}
            onChange={(e) =>
              onChange(
                COMMODITIES.filter((x) =>
                  x === c ? e.target.checked : value.includes(x),
                ),
              )
            }
          />
          {COMMODITY_META[c].label}
        </label>
      ))}
    </fieldset>
  )
}
