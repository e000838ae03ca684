import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Proposal } from '@shared/domain/proposals/proposal'
import { RESULTS, type ResultCode, type Tally } from '@shared/domain/proposals/tally'

const FIXED = new Set(['agree', 'abstain', 'object', 'block', 'yes', 'no'])

/** Texts the proposal screens share: choices, results, times. */
export function useProposalText() {
  const { t, i18n } = useTranslation()
  return useMemo(() => {
    const timeFormat = new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
    })
    const time = (ms: number) => timeFormat.format(new Date(ms))
    /** A choice as shown: the fixed answers translated, options as the members wrote them. */
    const choice = (p: Pick<Proposal, 'kind'>, c: string) =>
      p.kind !== 'choice' && FIXED.has(c) ? t(`proposals.choices.${c as 'agree'}`) : c
    const resultCode = (code: string): ResultCode | null =>
      (RESULTS as readonly string[]).includes(code) ? (code as ResultCode) : null
    /** The result in words: "adopted: “Sunday”" for a multiple-choice proposal. */
    const result = (code: string, winner: string) => {
      const r = resultCode(code)
      if (r === null) return ''
      if (r === 'adopted' && winner !== '') return t('proposals.adoptedOption', { option: winner })
      return t(`proposals.results.${r}`)
    }
    const counts = (p: Pick<Proposal, 'kind'>, tally: Tally) =>
      [...tally.counts]
        .map(([c, n]) => t('proposals.decisionCount', { choice: choice(p, c), count: n }))
        .join(', ')
    return { time, choice, result, counts }
  }, [t, i18n.language])
}

/** A `datetime-local` value (local time, minutes) → ms; '' → 0; anything else → NaN. */
export function parseLocalDateTime(value: string): number {
  if (value.trim() === '') return 0
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim())
  if (!m) return Number.NaN
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number]
  const date = new Date(y, mo - 1, d, h, mi)
  return date.getMonth() === mo - 1 ? date.getTime() : Number.NaN
}
