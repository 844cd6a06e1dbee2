/**
 * Why a clipboard copy failed (src/lib/clipboard.ts), in the reader's
 * language, for the export menu's status line. The browser's own message,
 * when it gives one, is quoted as it is (browsers write it in their language).
 */
import type { Lang } from '@/domain/i18n'

/** The same shape as `CopyFailure` in src/lib/clipboard.ts (domain imports nothing from lib). */
export type CopyFailureReason =
  | { reason: 'no-image-copy' | 'no-text-copy' }
  | { reason: 'refused'; detail?: string }

export function copyFailureText(
  failure: CopyFailureReason,
  lang: Lang,
): string {
  switch (failure.reason) {
    case 'no-image-copy':
      return lang.t('export.clipboard.noImages')
    case 'no-text-copy':
      return lang.t('export.clipboard.noText')
    case 'refused':
      return failure.detail
        ? lang.t('export.clipboard.refusedBecause', { reason: failure.detail })
        : lang.t('export.clipboard.refused')
  }
}
