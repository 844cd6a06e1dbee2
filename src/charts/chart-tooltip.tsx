import { formatLongDate, formatValue } from '@/domain/format'
import type { ChartRow, PointInfo } from '@/domain/time-chart'
import { SourceRefs } from '@/charts/source-refs'

export interface ChartTooltipProps {
  /** Recharts passes these; only `active` and the hovered row are used. */
  active?: boolean
  payload?: readonly { payload?: unknown; dataKey?: unknown; name?: unknown }[]
  /** Line keys in drawing order, to list values in a stable order. */
  keys: readonly string[]
}

function InfoLine({ info }: { info: PointInfo }) {
  return (
    <li>
      <strong>{info.label}</strong>: {info.approx ? '≈' : ''}
      {formatValue(info.value, info.unit)}
      {info.range !== undefined && <> (range {info.range})</>} · {info.status} ·
      set {info.date}
      {info.note !== undefined && (
        <div className="chart-tooltip__note">{info.note}</div>
      )}
      {info.conflict !== undefined && (
        <div className="chart-tooltip__note">Conflict: {info.conflict}</div>
      )}
      <div className="chart-tooltip__source">
        Source:{' '}
        <SourceRefs sources={info.sources} weaklySourced={info.weaklySourced} />
      </div>
    </li>
  )
}

/** Every line's value at the hovered date, with unit, status, date set and source. */
export function ChartTooltip({ active, payload, keys }: ChartTooltipProps) {
  const row = payload?.[0]?.payload as ChartRow | undefined
  if (!active || row === undefined) return null
  const infos = keys
    .map((k) => row.info[k])
    .filter((i): i is PointInfo => i !== undefined)
  const unique = infos.filter(
    (info, i) =>
      infos.findIndex(
        (o) => o.label === info.label && o.value === info.value,
      ) === i,
  )
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip__date">{formatLongDate(row.x)}</div>
      {unique.length === 0 ? (
        <p>No value on this date.</p>
      ) : (
        <ul>
          {unique.map((info, i) => (
            <InfoLine key={i} info={info} />
          ))}
        </ul>
      )}
    </div>
  )
}
