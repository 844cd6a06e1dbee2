/**
 * Fonts of an exported image. An exported SVG is opened in other programs
 * and rasterised to PNG in the browser, so its font stack must find a face
 * with Chinese glyphs wherever it is opened: the common CJK sans-serif faces of
 * each system (Simplified Chinese forms first) come before the generic family,
 * which otherwise may resolve to a face without them and draw empty boxes.
 */
export const CJK_FONT_FAMILIES = [
  // Linux (Debian's fonts-noto-cjk), Android
  'Noto Sans CJK SC',
  // Adobe's release of the same design
  'Source Han Sans SC',
  // macOS, iOS
  'PingFang SC',
  'Hiragino Sans GB',
  // Windows
  'Microsoft YaHei',
  // older Linux desktops
  'WenQuanYi Micro Hei',
] as const

const GENERIC = /^(sans-serif|serif|monospace|system-ui|cursive|fantasy)$/i

/**
 * A CSS font stack with the CJK faces inserted before its trailing generic
 * family (or appended, then `sans-serif`): Latin text keeps the stack's own
 * faces, Chinese characters fall through to a CJK face.
 */
export function withCjkFonts(stack: string): string {
  const families = stack
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '')
  const cjk = CJK_FONT_FAMILIES.filter(
    (f) => !families.some((g) => g.replace(/['"]/g, '') === f),
  ).map((f) => `'${f}'`)
  const last = families.at(-1)
  const generic = last !== undefined && GENERIC.test(last) ? last : undefined
  const faces = generic ? families.slice(0, -1) : families
  return [...faces, ...cjk, generic ?? 'sans-serif'].join(', ')
}
