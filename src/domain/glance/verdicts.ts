/**
 * The one vocabulary of verdicts on the "At a glance" cards. Each verdict is
 * written as a word (its catalogue key: `lang.t(VERDICT_META[v].label)`), with
 * a tone (for a colour-blind-safe tint) and an icon
 * shape, so colour never carries the meaning alone.
 */
import type { MessageKey } from '@/domain/i18n'
import type { DeadlineVerdict } from '@/domain/progress'

export const VERDICTS = [
  'met',
  'not-met',
  'on-track',
  'behind',
  'in-force',
  'not-in-force',
  'paused',
  'deadline-passed',
  'expiry-passed',
  'sources-disagree',
  'no-data',
] as const
export type Verdict = (typeof VERDICTS)[number]

/** good / bad / warn / neutral / unknown: mapped to tints by the UI. */
export type VerdictTone = 'good' | 'bad' | 'warn' | 'neutral' | 'unknown'

/** Icon shapes drawn next to the word. */
export type VerdictIcon =
  | 'check'
  | 'cross'
  | 'arrow-up'
  | 'arrow-down'
  | 'dot'
  | 'ring'
  | 'pause'
  | 'question'
  | 'not-equal'
  | 'dash'

export const VERDICT_META = {
  met: {
    label: 'glance.verdict.met',
    when: 'The target was reached on or before its deadline.',
    tone: 'good',
    icon: 'check',
  },
  'not-met': {
    label: 'glance.verdict.notMet',
    when: 'The deadline passed with the latest observation before it below the target.',
    tone: 'bad',
    icon: 'cross',
  },
  'on-track': {
    label: 'glance.verdict.onTrack',
    when: 'The deadline is ahead and the average pace so far reaches the target in time.',
    tone: 'good',
    icon: 'arrow-up',
  },
  behind: {
    label: 'glance.verdict.behind',
    when: 'The deadline is ahead and the average pace so far is too slow.',
    tone: 'warn',
    icon: 'arrow-down',
  },
  'in-force': {
    label: 'glance.verdict.inForce',
    when: 'A tariff or measure applied at the as-of date, with no scheduled end or change passed since.',
    tone: 'neutral',
    icon: 'dot',
  },
  'not-in-force': {
    label: 'glance.verdict.notInForce',
    when: 'The rate stood at 0% at the as-of date, with no scheduled change passed since.',
    tone: 'neutral',
    icon: 'ring',
  },
  paused: {
    label: 'glance.verdict.paused',
    when: 'Measures were paused at the as-of date and no pause has reached its scheduled end yet.',
    tone: 'neutral',
    icon: 'pause',
  },
  'deadline-passed': {
    label: 'glance.verdict.deadlinePassed',
    when: 'The deadline passed after the last observation: the data cannot tell whether the target was reached.',
    tone: 'unknown',
    icon: 'question',
  },
  'expiry-passed': {
    label: 'glance.verdict.expiryPassed',
    when: 'A scheduled end or change date passed after the data stop: whether it ended, was extended or replaced is unknown.',
    tone: 'unknown',
    icon: 'question',
  },
  'sources-disagree': {
    label: 'glance.verdict.sourcesDisagree',
    when: 'The sources tracking one pledge give different verdicts for its deadline; the card lists each source’s verdict.',
    tone: 'warn',
    icon: 'not-equal',
  },
  'no-data': {
    label: 'glance.verdict.noData',
    when: 'No observation in the dataset measures this commitment.',
    tone: 'unknown',
    icon: 'dash',
  },
} as const satisfies Record<
  Verdict,
  { label: MessageKey; when: string; tone: VerdictTone; icon: VerdictIcon }
>

/** The card verdict of one deadline's progress verdict (src/domain/progress.ts). */
export const DEADLINE_VERDICT: Record<DeadlineVerdict, Verdict> = {
  met: 'met',
  missed: 'not-met',
  'on-track': 'on-track',
  behind: 'behind',
  unknown: 'deadline-passed',
  'no-data': 'no-data',
}
