import {
  COMMODITIES,
  COMMODITY_META,
  type Commodity,
} from '@/domain/commodities'
import { useLang } from '@/i18n/lang-context'

interface CommodityFilterProps {
  value: readonly Commodity[]
  onChange: (next: Commodity[]) => void
}

/** Checkboxes in a group named "Commodities"; unchecking hides that commodity's figures. */
export function CommodityFilter({ value, onChange }: CommodityFilterProps) {
  const lang = useLang()
  const { t } = lang
  return (
    <fieldset className="control-group">
      <legend>{t('controls.commodities')}</legend>
      {COMMODITIES.map((c) => (
        <label
          key={c}
          className="check"
          title={lang.t(COMMODITY_META[c].descriptionKey)}
        >
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
          {lang.t(COMMODITY_META[c].labelKey)}
        </label>
      ))}
    </fieldset>
  )
}
