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

if (document.visibilityState === 'hidden') {
  // A background tab paints no frames, so waiting for one would wait until
  // the reader looks: start now.
  start()
} else {
  // The frame callback runs just before a paint; the task it queues runs after.
  requestAnimationFrame(() => setTimeout(start, 0))
}
