/** SVG text → PNG Blob through an <img> and a <canvas>, at a scale, with a filled background. */

/** Largest canvas we draw (width × height in device pixels): beyond it some browsers return blank images. */
export const MAX_CANVAS_PIXELS = 16_777_216

/** The scale actually used: the requested one, reduced until the canvas fits the pixel cap. */
export function cappedScale(
  width: number,
  height: number,
  scale: number,
): number {
  const max = Math.sqrt(MAX_CANVAS_PIXELS / (width * height))
  return Math.max(0.1, Math.min(scale, Math.floor(max * 100) / 100))
}

/** Longest data: URL we hand to an <img>; browsers' limits start at a few MB. */
const MAX_DATA_URL = 2_000_000

/**
 * The SVG as a decoded image. A data: URL is parsed in the page; a blob: URL is
 * fetched through the browser process first, which cost 30–50 ms a time, so it
 * is only the fallback for SVGs too long for a data: URL.
 */
async function loadImage(svg: string): Promise<HTMLImageElement> {
  const data = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  const url =
    data.length <= MAX_DATA_URL
      ? data
      : URL.createObjectURL(
          new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }),
        )
  const img = new Image()
  img.src = url
  try {
    await img.decode()
  } catch {
    throw new Error('The browser could not draw the chart image')
  } finally {
    if (url !== data) URL.revokeObjectURL(url)
  }
  return img
}

export async function svgToPngBlob(
  svg: string,
  width: number,
  height: number,
  scale: number,
  background: string,
): Promise<{ blob: Blob; width: number; height: number; scale: number }> {
  const used = cappedScale(width, height, scale)
  const img = await loadImage(svg)
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(width * used)
  canvas.height = Math.round(height * used)
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('This browser cannot draw on a canvas')
  ctx.fillStyle = background
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
  // toBlob right after a React update can stall in Chromium; one frame first avoids it.
  await new Promise((r) => requestAnimationFrame(() => r(undefined)))
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, 'image/png'),
  )
  if (!blob) throw new Error('The browser could not encode the PNG')
  return { blob, width: canvas.width, height: canvas.height, scale: used }
}
