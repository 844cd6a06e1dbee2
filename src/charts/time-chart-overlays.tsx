/**
 * The overlays of a time chart (TimeChartModel.overlays): target deadline
 * spans, bands between two lines, target levels and deadlines. Returned as
 * element arrays, because Recharts reads its chart's direct children.
 */
import { Area, ReferenceArea, ReferenceLine } from 'recharts'

import {
  labelHalo,
  REFERENCE_FONT_SIZE,
  REFERENCE_STYLE,
} from '@/charts/chart-theme'
import {
  meetsAreaLabel,
  REFERENCE_LINE_PX,
  referenceLabelWidth,
} from '@/charts/reference-labels'
import { DAY_MS } from '@/domain/dates'
import type { Lang } from '@/domain/i18n'
import type { RoleColors } from '@/domain/palette'

import type {
  ChartRow,
  TargetOverlay,
  TimeChartModel,
  TimeChartOverlays,
} from '@/domain/time-chart'
import type { Unit } from '@/domain/vocabulary'

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

/** A target level's words: "12 Mt pledge", "25 Mt pledge (not confirmed by China)". */
const targetLabel = (t: TargetOverlay, unit: Unit, lang: Lang) =>
  lang.t(t.confirmed ? 'charts.time.pledge' : 'charts.time.pledgeUnconfirmed', {
    value: lang.value(t.value, unit),
  })

/**
 * The period after the as-of date, shaded and labelled at its top right; the
 * label goes one line down where a target's label along the plot's top would
 * run into it.
 */
export function unobservedArea(
  model: Pick<
    TimeChartModel,
    'asOfX' | 'xDomain' | 'yDomain' | 'overlays' | 'unit'
  >,
  plot: { width: number; height: number },
  c: RoleColors,
  lang: Lang,
) {
  if (model.asOfX === undefined || model.asOfX >= model.xDomain[1]) return null
  const text = lang.t('charts.time.afterAsOf')
  const [y0, y1] = model.yDomain
  const lower = (model.overlays?.targets ?? []).some((t) =>
    meetsAreaLabel(
      {
        fromTop: Math.max(0, ((y1 - t.value) / (y1 - y0)) * plot.height),
        width: referenceLabelWidth(targetLabel(t, model.unit, lang)),
      },
      referenceLabelWidth(text),
      plot.width,
    ),
  )
  return (
    <ReferenceArea
      x1={model.asOfX}
      x2={model.xDomain[1]}
      fill={c.unknown}
      fillOpacity={REFERENCE_STYLE.unobserved.fillOpacity}
      ifOverflow="hidden"
      label={{
        value: text,
        position: 'insideTopRight',
        fill: c.muted,
        fontSize: REFERENCE_FONT_SIZE,
        ...labelHalo(c.background),
        ...(lower && { dy: REFERENCE_LINE_PX }),
      }}
    />
  )
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
        value: targetLabel(t, model.unit, lang),
        position: 'insideTopLeft',
        fill: c.text,
        fontSize: REFERENCE_FONT_SIZE,
        ...labelHalo(c.background),
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
