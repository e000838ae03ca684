import { useTranslation } from 'react-i18next'
import type { TestTally } from '@shared/domain/structure-tests/results'
import { percentOf } from './test-text'

interface Props {
  tally: TestTally
  /** Names the bar for assistive technology; omit for a bar that only repeats nearby text. */
  label?: string
  small?: boolean
}

/**
 * How many took part, as a bar, with a mark where the goal lies. The numbers are always also
 * given as text (aria-valuetext, and next to the bar), so colour is never the only signal.
 */
export function GoalBar({ tally, label, small = false }: Props) {
  const { t } = useTranslation()
  const width = (n: number) => (tally.total > 0 ? `${(n / tally.total) * 100}%` : '0%')
  const text = t('tests.barText', {
    took: tally.took,
    total: tally.total,
    percent: percentOf(tally),
    needed: tally.needed,
  })
  const a11y = label
    ? {
        role: 'progressbar' as const,
        'aria-label': label,
        'aria-valuemin': 0,
        'aria-valuemax': tally.total,
        'aria-valuenow': tally.took,
        'aria-valuetext': text,
      }
    : { 'aria-hidden': true }
  return (
    <div className={`goal-bar${small ? ' small' : ''}${tally.reached ? ' reached' : ''}`} {...a11y}>
      <div className="goal-bar-fill" style={{ width: width(tally.took) }} />
      <div className="goal-bar-declined" style={{ width: width(tally.declined) }} />
      {tally.total > 0 && <div className="goal-bar-goal" style={{ left: width(tally.needed) }} />}
    </div>
  )
}
