/**
 * A catalogue message whose placeholders are elements (a list of links, a
 * <time>, a <strong>): the message still orders the words in each language,
 * and the elements are put where their placeholders fall.
 */
import { Fragment, type ReactNode } from 'react'

import type { Lang, MessageKey } from '@/domain/i18n'

/** A private-use character: never in a message, so it marks placeholders safely. */
const MARK = '\u{E000}'

export function messageNodes(
  lang: Lang,
  key: MessageKey,
  values: Readonly<Record<string, ReactNode>>,
): ReactNode[] {
  const names = Object.keys(values)
  const marks = Object.fromEntries(
    names.map((name, i) => [name, `${MARK}${i}${MARK}`]),
  )
  return lang
    .t(key, marks)
    .split(MARK)
    .map((part, i) =>
      i % 2 === 1 ? (
        <Fragment key={i}>{values[names[Number(part)]!]}</Fragment>
      ) : (
        part
      ),
    )
    .filter((part) => part !== '')
}
