/**
 * The overlays of a time chart (TimeChartModel.overlays): target deadline
 * spans, bands between two lines, target levels and deadlines. Returned as
 * element arrays, because Recharts reads its chart's direct children.
 */
import { Area, ReferenceArea, ReferenceLine } from 'recharts'

import { REFERENCE_FONT_SIZE, REFERENCE_STYLE } from '@/charts/chart-theme'
import { DAY_MS } from '@/domain/dates'
import type { Lang } from '@/domain/i18n'
import type { RoleColors } from '@/domain/palette'

import type {
  ChartRow,
  TargetOverlay,
  TimeChartModel,
  TimeChartOverlays,
} from '@/domain/time-chart'

/** Drawn under the lines: each target's deadline span, and the bands. */
export function targetBands(overlays: TimeChartOverlays, c: RoleColors) {
  const span = REFERENCE_STYLE.deadlineBand
  return [
    ...overlays.targets.map((t) => (
      <ReferenceArea
        key={`${t.id}-band`}
        x1={t.bandX[0]}
        x2={t.bandX[1] > t.bandX[0] ? t.bandX[1] : t.bandX[0] + DAY_MS}
        fill={c.target}
        fillOpacity={span.fillOpacity}
        stroke={c.target}
        strokeOpacity={span.strokeOpacity}
        strokeDasharray={span.dash}
        ifOverflow="hidden"
      />
    )),
    ...overlays.bands.map((b) => (
      <Area
        key={b.label}
        dataKey={(row: ChartRow) => {
          const lo = row.values[b.lowKey]
          const hi = row.values[b.highKey]
          return lo == null || hi == null ? null : [lo, hi]
        }}
        name={b.label}
        stroke="none"
        fill={c.target}
        fillOpacity={REFERENCE_STYLE.band.fillOpacity}
        connectNulls
        isAnimationActive={false}
        activeDot={false}
        legendType="none"
      />
    )),
  ]
}

/** Drawn over the lines: each target's level (labelled) and its deadlines inside the range. */
export function targetLevels(
  targets: readonly TargetOverlay[],
  model: Pick<TimeChartModel, 'unit' | 'xDomain'>,
  c: RoleColors,
  lang: Lang,
) {
  return targets.flatMap((t) => [
    <ReferenceLine
      key={`${t.id}-level`}
      y={t.value}
      stroke={c.target}
      strokeDasharray={REFERENCE_STYLE.target.dash}
      ifOverflow="extendDomain"
      label={{
        value: lang.t(
          t.confirmed ? 'charts.time.pledge' : 'charts.time.pledgeUnconfirmed',
          { value: lang.value(t.value, model.unit) },
        ),
        position: 'insideTopLeft',
        fill: c.text,
        fontSize: REFERENCE_FONT_SIZE,
      }}
    />,
    ...t.deadlines
      .filter((d) => d.x >= model.xDomain[0] && d.x <= model.xDomain[1])
      .map((d, i) => (
        <ReferenceLine
          key={`${t.id}-deadline-${i}`}
          x={d.x}
          stroke={c.target}
          strokeDasharray={REFERENCE_STYLE.deadline.dash}
          ifOverflow="hidden"
        />
      )),
  ])
}
