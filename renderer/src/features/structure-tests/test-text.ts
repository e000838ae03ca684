import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Participation, StructureTest } from '@shared/domain/structure-tests/structure-test'
import { isTestDate } from '@shared/domain/structure-tests/structure-test'
import { sharePercent, type TestTally } from '@shared/domain/structure-tests/results'

/** Whole percent who took part, rounded down (so "50 %" never shows for 49.6 %). */
export const percentOf = sharePercent

/** Today as YYYY-MM-DD in local time (the default day of a new test). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The texts the structure test screens share: dates, goals, scopes, results at a glance. */
export function useTestText() {
  const { t, i18n } = useTranslation()
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' })
    const numberFormat = new Intl.NumberFormat(i18n.language)
    const number = (n: number) => numberFormat.format(n)
    const date = (d: string) => {
      if (!isTestDate(d)) return t('tests.noDate')
      const [y, m, day] = d.split('-').map(Number) as [number, number, number]
      return dateFormat.format(new Date(y, m - 1, day))
    }
    const goal = (test: Pick<StructureTest, 'goalPercent' | 'plusOne'>) =>
      test.plusOne
        ? t('tests.goalPlusOne', { percent: test.goalPercent })
        : t('tests.goal', { percent: test.goalPercent })
    const scope = (test: Pick<StructureTest, 'unitId'>, labels: ReadonlyMap<string, string>) =>
      test.unitId === ''
        ? t('tests.wholeCircle')
        : (labels.get(test.unitId) ?? t('tests.unknownUnit'))
    const reachedText = (tally: TestTally) =>
      tally.total === 0
        ? t('tests.nobodyInScope')
        : tally.reached
          ? t('tests.reached')
          : t('tests.notReached')
    const summary = (tally: TestTally) =>
      t('tests.summary', {
        took: tally.took,
        total: tally.total,
        needed: tally.needed,
        state: reachedText(tally),
      })
    const state = (took: Participation | 'none' | null) => t(`tests.state.${took ?? 'none'}`)
    return { date, goal, scope, summary, reachedText, state, number }
  }, [t, i18n.language])
}
