import { useState } from 'react'

import {
  type DateRange,
  matchPreset,
  presetRange,
  RANGE_LIMITS,
  RANGE_PRESETS,
} from '@/domain/date-range'
import { formatIsoDate, parseIsoDate } from '@/domain/dates'
import { useLang } from '@/i18n/lang-context'

/** The two date inputs: the field each sets, its name and its messages. */
const RANGE_ENDS = [
  {
    name: 'from',
    field: 'fromMs',
    labelKey: 'controls.range.start',
    notDateKey: 'controls.range.startNotDate',
  },
  {
    name: 'to',
    field: 'toMs',
    labelKey: 'controls.range.end',
    notDateKey: 'controls.range.endNotDate',
  },
] as const
type RangeEnd = (typeof RANGE_ENDS)[number]

interface RangeControlProps {
  value: DateRange
  onChange: (next: DateRange) => void
}

/** Shared date range: presets plus start/end date inputs; an invalid entry explains itself and changes nothing. */
export function RangeControl({ value, onChange }: RangeControlProps) {
  const lang = useLang()
  const { t } = lang
  const active = matchPreset(value)
  const [error, setError] = useState<string | null>(null)
  const commit = (end: RangeEnd, text: string) => {
    const ms = parseIsoDate(text)
    const next = { ...value, [end.field]: ms }
    if (ms === undefined)
      return setError(t(end.notDateKey, { format: 'YYYY-MM-DD' }))
    if (next.fromMs >= next.toMs) return setError(t('controls.range.reversed'))
    if (next.fromMs < RANGE_LIMITS.fromMs || next.toMs > RANGE_LIMITS.toMs)
      return setError(
        t('controls.range.outOfLimits', {
          from: formatIsoDate(RANGE_LIMITS.fromMs),
          to: formatIsoDate(RANGE_LIMITS.toMs),
        }),
      )
    setError(null)
    onChange(next)
  }
  return (
    <fieldset className="control-group">
      <legend>{t('controls.range.legend')}</legend>
      <div
        className="preset-row"
        role="group"
        aria-label={t('controls.range.presets')}
      >
        {RANGE_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            aria-pressed={active === p.id}
            onClick={() => (setError(null), onChange(presetRange(p.id)))}
          >
            {lang.t(p.labelKey)}
          </button>
        ))}
      </div>
      <div className="date-inputs">
        {RANGE_ENDS.map((end) => (
          <label key={end.name}>
            {t(end.labelKey)}{' '}
            <input
              type="date"
              name={end.name}
              key={`${end.name}-${value[end.field]}`}
              defaultValue={formatIsoDate(value[end.field])}
              min={formatIsoDate(RANGE_LIMITS.fromMs)}
              max={formatIsoDate(RANGE_LIMITS.toMs)}
              onChange={(e) => e.target.value && commit(end, e.target.value)}
            />
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
