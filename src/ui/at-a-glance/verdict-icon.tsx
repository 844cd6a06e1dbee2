import type { VerdictIcon as Icon } from '@/domain/glance/verdicts'

/** Shapes drawn on a 16×16 grid, stroked in the verdict's colour. */
const SHAPES: Record<Icon, string> = {
  check: 'M3.5 8.5l3 3 6-7',
  cross: 'M4 4l8 8M12 4l-8 8',
  'arrow-up': 'M8 13V3.5M4 7.5l4-4 4 4',
  'arrow-down': 'M8 3v9.5M4 8.5l4 4 4-4',
  dot: 'M8 5a3 3 0 1 0 0.01 0z',
  ring: 'M8 3.5a4.5 4.5 0 1 0 0.01 0z',
  pause: 'M5.5 3.5v9M10.5 3.5v9',
  question: 'M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.7M8 12.6v.4',
  'not-equal': 'M3 6.5h10M3 10h10M10.5 3l-5 10.5',
  dash: 'M3.5 8h9',
}

/** The verdict's shape: the word beside it carries the meaning, so it is hidden from readers. */
export function VerdictIcon({ icon }: { icon: Icon }) {
  return (
    <svg
      className={`verdict-icon verdict-icon--${icon}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={SHAPES[icon]} />
    </svg>
  )
}
