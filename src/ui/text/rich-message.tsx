import { Fragment, type ReactNode } from 'react'

import type { Lang, MessageKey, MessageValues } from '@/domain/i18n'

const MARK = '\u0000'

/**
 * A whole message whose placeholders named in `slots` are elements (a link,
 * `<code>`, `<strong>`): each language keeps its own word order around them,
 * and nothing is glued from fragments.
 */
export function richMessage(
  lang: Lang,
  key: MessageKey,
  slots: Readonly<Record<string, ReactNode>>,
  values: MessageValues = {},
): ReactNode {
  const marks = Object.fromEntries(
    Object.keys(slots).map((name) => [name, `${MARK}${name}${MARK}`]),
  )
  const parts = lang.t(key, { ...values, ...marks }).split(MARK)
  // Odd parts are slot names: 'text ', 'url', ' more text'.
  return parts.map((part, i) => (
    <Fragment key={i}>{i % 2 === 1 ? slots[part] : part}</Fragment>
  ))
}
