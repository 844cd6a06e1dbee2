/**
 * Offline use (vite-plugin-pwa, Workbox generateSW): the app shell is
 * precached; the bundled dataset is cached stale-while-revalidate in its own
 * cache, and a changed copy is announced to the page (broadcast update). Only
 * the same-origin `/data/commitments.json` is cached as the dataset: `?data=`
 * URLs and local files never are. Embeds and data files are never answered
 * with the dashboard's HTML.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa'

import { DATASET_CACHE } from '../src/data/offline-cache'

export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  registerType: 'autoUpdate',
  injectRegister: 'script-defer',
  // After the prerender has written index.html and embed/index.html.
  integration: { closeBundleOrder: 'post' },
  manifest: {
    name: 'Truce Tracker — US–China trade commitments',
    short_name: 'Truce Tracker',
    description:
      'US–China trade commitments of 2025–2026 charted against time, with sources.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      {
        src: '/icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    globIgnores: ['data/**', '**/*.map'],
    // A page's URL parameters (filters, range, `lang`) do not name another
    // file: `/zh/?range=…` is the precached zh/index.html (the Chinese page),
    // not the English fallback below, which only answers paths that are not
    // precached (e.g. `/?data=…` is index.html either way).
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/embed\//, /^\/data\//, /\.ics$/],
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && url.pathname === '/data/commitments.json',
        handler: 'StaleWhileRevalidate',
        options: {
          cacheName: DATASET_CACHE,
          cacheableResponse: { statuses: [200] },
          broadcastUpdate: { options: {} },
        },
      },
    ],
  },
}
