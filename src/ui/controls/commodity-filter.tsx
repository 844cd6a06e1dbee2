import { COMMODITIES, type Commodity } from '@/domain/commodities'
import { useLang } from '@/i18n/lang-context'
import { COMMODITY_TEXT } from '@/ui/text/labels'

interface CommodityFilterProps {
  value: readonly Commodity[]
  onChange: (next: Commodity[]) => void
}

/** Checkboxes in a group named "Commodities"; unchecking hides that commodity's figures. */
export function CommodityFilter({ value, onChange }: CommodityFilterProps) {
  const { t } = useLang()
  return (
    <fieldset className="control-group">
      <legend>{t('controls.commodities')}</legend>
      {COMMODITIES.map((c) => (
        <label
          key={c}
          className="check"
          title={t(COMMODITY_TEXT[c].description)}
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
          {t(COMMODITY_TEXT[c].label)}
        </label>
      ))}
    </fieldset>
  )
}
