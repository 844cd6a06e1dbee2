import { useLang } from '@/i18n/lang-context'

interface SeriesTogglesProps {
  /** Group name, e.g. "Tariff layers" or "Soybean data sources". */
  label: string
  options: readonly { id: string; label: string; visible: boolean }[]
  onToggle: (id: string) => void
}

/** Per-series checkboxes inside a disclosure, for finer filtering within a figure. */
export function SeriesToggles({
  label,
  options,
  onToggle,
}: SeriesTogglesProps) {
  const { t } = useLang()
  const shown = options.filter((o) => o.visible).length
  return (
    <details className="series-toggles">
      <summary>
        {t('controls.series.summary', {
          label,
          shown,
          total: options.length,
        })}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {options.map((o) => (
          <label key={o.id} className="check">
            <input
              type="checkbox"
              name="series"
              value={o.id}
              checked={o.visible}
              onChange={() => onToggle(o.id)}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
