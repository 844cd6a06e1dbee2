/**
 * Embeds: a figure alone at `/embed/<figure-id>` (a path, so static hosts can
 * give it its own headers: `_headers` never matches query strings), keeping
 * the dashboard's query parameters (filters, range, `?data=`) and an optional
 * `?theme=light|dark`. The embed posts its height to the host page.
 */
import { LANG_PARAM, type Locale } from '@/domain/locale'
import type { Theme } from '@/domain/palette'

export const EMBED_PATH = '/embed/'

/** The message an embed posts to its parent on load and on every resize. */
export interface EmbedHeightMessage {
  type: 'truce-tracker:height'
  /** The figure id, so a host with several embeds knows which frame to size. */
  figure: string
  /** The content height in CSS pixels (an integer). */
  height: number
}

export const EMBED_HEIGHT_MESSAGE = 'truce-tracker:height'

const FIGURE_ID = /^[a-z0-9][a-z0-9-]*$/

/** `/embed/tariffs-us-on-china` → `'tariffs-us-on-china'`; anything else → undefined. */
export function embedFigureId(pathname: string): string | undefined {
  if (!pathname.startsWith(EMBED_PATH)) return undefined
  const id = pathname.slice(EMBED_PATH.length).replace(/\/$/, '')
  return FIGURE_ID.test(id) ? id : undefined
}

/** `?theme=dark` or `light` forces a theme; otherwise the reader's scheme applies. */
export function parseEmbedTheme(search: string): Theme | undefined {
  const theme = new URLSearchParams(search).get('theme')
  return theme === 'light' || theme === 'dark' ? theme : undefined
}

/**
 * The absolute embed URL of a figure, with the page's query parameters and the
 * reader's language (`lang`): an embed shows the figure in the language it was
 * copied in, whatever the language of the host page's visitors, and the
 * Chinese page (`/zh/`) has no `lang` parameter of its own to keep.
 */
export function embedUrl(
  pageHref: string,
  figureId: string,
  { locale, theme }: { locale: Locale; theme?: Theme },
): string {
  const url = new URL(pageHref)
  url.pathname = `${EMBED_PATH}${figureId}`
  url.hash = ''
  url.searchParams.set(LANG_PARAM, locale)
  if (theme) url.searchParams.set('theme', theme)
  return url.href.replaceAll('%2C', ',')
}

/** The full dashboard's URL for an embed (same parameters, no theme), for its link back. */
export function dashboardUrlOf(embedHref: string, figureId: string): string {
  const url = new URL(embedHref)
  url.pathname = '/'
  url.searchParams.delete('theme')
  url.hash = figureId
  return url.href.replaceAll('%2C', ',')
}

const escapeAttribute = (value: string) =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')

/** The `<iframe>` snippet a host page pastes; `height` is a starting value the height messages refine. */
export function embedSnippet(options: {
  src: string
  title: string
  height: number
}): string {
  return `<iframe src="${escapeAttribute(options.src)}" title="${escapeAttribute(options.title)}" width="100%" height="${Math.round(options.height)}" loading="lazy" style="border:0;max-width:100%" referrerpolicy="no-referrer"></iframe>`
}
