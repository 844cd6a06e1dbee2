import { messageNodes } from '@/charts/message-nodes'
import { SourceRefs } from '@/charts/source-refs'
import type { ChartRow, PointInfo } from '@/domain/time-chart'
import { useLang } from '@/i18n/lang-context'

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
  const lang = useLang()
  const value = `${info.approx ? '≈' : ''}${lang.value(info.value, info.unit)}`
  return (
    <li>
      <strong>{info.label}</strong>
      {info.range !== undefined
        ? lang.t('charts.tooltip.valueRange', {
            value,
            range: info.range,
            status: info.status,
            date: info.date,
          })
        : lang.t('charts.tooltip.value', {
            value,
            status: info.status,
            date: info.date,
          })}
      {info.note !== undefined && (
        <div className="chart-tooltip__note">{info.note}</div>
      )}
      {info.conflict !== undefined && (
        <div className="chart-tooltip__note">
          {lang.t('charts.tooltip.conflict', { conflict: info.conflict })}
        </div>
      )}
      <div className="chart-tooltip__source">
        {messageNodes(lang, 'charts.tooltip.source', {
          sources: (
            <SourceRefs
              sources={info.sources}
              weaklySourced={info.weaklySourced}
            />
          ),
        })}
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
  const lang = useLang()
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
      <div className="chart-tooltip__date">{lang.date(row.x)}</div>
      {unique.length === 0 ? (
        <p>{lang.t('charts.tooltip.noValue')}</p>
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
