/**
 * The page's entry script. The prerendered HTML (see vite.config.ts) is the
 * first view: it should paint before the app's code is run. The app's
 * module graph (src/main.tsx, ~240 KiB gzip) is fetched in parallel from the
 * start (a modulepreload link the build adds to the HTML), but evaluated only
 * after the first frame is painted: a module script evaluated before the
 * first paint holds that paint back for its whole evaluation.
 */
import '@/styles/index.css'

const start = () => void import('./main')

/**
 * Two one-time costs the app's evaluation would otherwise carry in its own
 * task: the page's first `Intl` object loads the ICU data (25 ms here, ~100 ms
 * on a 4× slower phone, for any `Intl` type, after which each costs under a
 * millisecond) and the first `localStorage` read opens the site's storage
 * (~12 ms; the app reads the remembered language). Run first, each in a task
 * of its own, they leave the browser free to answer input between them.
 */
const warmUps = [
  // A UTC date format, as the app's first (measured: leaves it 2-4 ms, where
  // a number format left 4-8 ms).
  () =>
    new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      timeZone: 'UTC',
    }).format(0),
  // Throws where storage is blocked: the app then reads nothing from it either.
  () => window.localStorage.length,
]

/** Each warm-up, then the app, one task apiece; a warm-up that fails never stops the app. */
const run = (i: number) => {
  const step = warmUps[i]
  if (!step) return start()
  try {
    step()
  } catch {
    // Only a head start was lost.
  }
  setTimeout(() => run(i + 1), 0)
}

if (document.visibilityState === 'hidden') {
  // A background tab paints no frames, so waiting for one would wait until
  // the reader looks: start now.
  run(0)
} else {
  // The frame callback runs just before a paint; the task it queues runs after.
  requestAnimationFrame(() => setTimeout(() => run(0), 0))
}
