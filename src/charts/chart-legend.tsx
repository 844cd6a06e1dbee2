import type { LegendItem } from '@/charts/legend-items'
import { useLang } from '@/i18n/lang-context'

/** The on-screen legend (HTML list); the exported image draws the same items in SVG. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  const lang = useLang()
  return (
    <ul className="chart-legend" aria-label={lang.t('charts.legend.name')}>
      {items.map((item) => (
        <li key={item.label}>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            {item.shape === 'line' && (
              <line
                x1="1"
                y1="6"
                x2="27"
                y2="6"
                stroke={item.color}
                strokeWidth={Math.max(2, item.strokeWidth)}
                strokeDasharray={item.dash || undefined}
              />
            )}
            {item.shape === 'band' && (
              <rect
                x="1"
                y="1"
                width="26"
                height="10"
                fill={item.color}
                opacity={item.dash ? 0.35 : 0.5}
                stroke={item.color}
                strokeDasharray={item.dash || undefined}
              />
            )}
            {item.shape === 'bar' && (
              <rect x="6" y="1" width="16" height="10" fill={item.color} />
            )}
            {item.shape === 'marker' && (
              <circle
                cx="14"
                cy="6"
                r="5"
                fill="none"
                stroke={item.color}
                strokeWidth="1.5"
              />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  )
}
