/** The current view's URL (filters and range are in its query), pointing at one figure. */
export function viewLink(figureId: string, href = window.location.href) {
  const url = new URL(href)
  url.hash = figureId
  return url.href
}
