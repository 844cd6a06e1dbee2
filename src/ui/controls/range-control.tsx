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
  const commit = (which: 'from' | 'to', text: string) => {
    const ms = parseIsoDate(text)
    const next = { ...value, [which === 'from' ? 'fromMs' : 'toMs']: ms }
    if (ms === undefined)
      return setError(
        t(
          which === 'from'
            ? 'controls.range.startNotDate'
            : 'controls.range.endNotDate',
          { format: 'YYYY-MM-DD' },
        ),
      )
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
        <label>
          {t('controls.range.start')}{' '}
          <input
            type="date"
            name="from"
            key={`from-${value.fromMs}`}
            defaultValue={formatIsoDate(value.fromMs)}
            min={formatIsoDate(RANGE_LIMITS.fromMs)}
            max={formatIsoDate(RANGE_LIMITS.toMs)}
            onChange={(e) => e.target.value && commit('from', e.target.value)}
          />
        </label>
        <label>
          {t('controls.range.end')}{' '}
          <input
            type="date"
            name="to"
            key={`to-${value.toMs}`}
            defaultValue={formatIsoDate(value.toMs)}
            min={formatIsoDate(RANGE_LIMITS.fromMs)}
            max={formatIsoDate(RANGE_LIMITS.toMs)}
            onChange={(e) => e.target.value && commit('to', e.target.value)}
          />
        </label>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
