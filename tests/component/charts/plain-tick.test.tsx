import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { plainTick, type TickRenderProps } from '@/charts/axis-unit'
import { ROLE_COLORS } from '@/domain/palette'

const base: TickRenderProps = {
  x: 60,
  y: 350,
  textAnchor: 'middle',
  verticalAnchor: 'start',
  index: 2,
  payload: { value: 1_735_689_600_000, coordinate: 60, offset: 0, index: 2 },
  tickFormatter: undefined,
}

function drawn(props: TickRenderProps) {
  const Tick = plainTick(ROLE_COLORS.light)
  const { container } = render(
    <svg>
      <Tick {...props} />
    </svg>,
  )
  return container.querySelector('text')!
}

describe(plainTick, () => {
  it.each<[string, Partial<TickRenderProps>, string, string]>([
    ['a time tick below the axis (start)', {}, '0.71em', '1735689600000'],
    [
      'a value tick beside the axis (middle), formatted',
      {
        verticalAnchor: 'middle',
        textAnchor: 'end',
        tickFormatter: (v: number, i: number) => `${v / 1e12}% #${i}`,
      },
      '0.355em',
      '1.7356896% #2',
    ],
    [
      'a tick above its anchor (end)',
      { verticalAnchor: 'end' },
      '0em',
      '1735689600000',
    ],
  ])('%s: one line, placed as Recharts places it', (_name, props, dy, text) => {
    const el = drawn({ ...base, ...props })
    const spans = el.querySelectorAll('tspan')
    expect(spans).toHaveLength(1)
    expect(spans[0]!.getAttribute('dy')).toBe(dy)
    expect(spans[0]!.getAttribute('x')).toBe('60')
    expect(el).toHaveTextContent(text)
    expect(el.getAttribute('text-anchor')).toBe(props.textAnchor ?? 'middle')
    expect(el.getAttribute('fill')).toBe(ROLE_COLORS.light.muted)
  })
})
