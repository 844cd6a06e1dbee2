import { formatLongDate, formatValue } from '@/domain/format'
import type { ChartRow, PointInfo } from '@/domain/time-chart'
import { SourceRefs } from '@/charts/source-refs'

export interface ChartTooltipProps {
  /** Recharts passes these; only `active` and the hovered row are used. */
  active?: boolean
  payload?: readonly { payload?: unknown; dataKey?: unknown; name?: unknown }[]
  /** Line keys in drawing order, to list values in a stable order. */
  keys: readonly string[]
  /** The chart's size: the tooltip never grows past its frame. */
  maxWidth?: number
  maxHeight?: number
  /** Said under the values, e.g. how to pin the tooltip. */
  hint?: string
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

/** Every line's value at one date, with unit, status, date set and source. */
export function TooltipBody({
  row,
  keys,
}: {
  row: ChartRow
  keys: readonly string[]
}) {
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
    <>
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
    </>
  )
}

/** The hover tooltip Recharts places: the hovered row, kept within the chart's size. */
export function ChartTooltip({
  active,
  payload,
  keys,
  maxWidth,
  maxHeight,
  hint,
}: ChartTooltipProps) {
  const row = payload?.[0]?.payload as ChartRow | undefined
  if (!active || row === undefined) return null
  return (
    <div className="chart-tooltip" style={{ maxWidth, maxHeight }}>
      <TooltipBody row={row} keys={keys} />
      {hint !== undefined && <p className="chart-tooltip__hint">{hint}</p>}
    </div>
  )
}
