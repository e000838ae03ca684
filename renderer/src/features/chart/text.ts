import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ASSESSMENT_ORDER } from '@shared/domain/chart/chart-model'

export type AssessmentKey = '0' | '1' | '2' | '3' | '4' | '5'
export const assessmentKey = (n: number): AssessmentKey =>
  (n >= 0 && n <= 5 ? String(Math.floor(n)) : '0') as AssessmentKey

/** What a cell shows: the number, or a dash for "not yet assessed" (never colour alone). */
export const cellSymbol = (n: number): string => (n >= 1 && n <= 5 ? String(n) : '–')

/** Stands for the name in a prepared label template (never typed by anyone). */
const NAME = '\u0001'

export interface ChartText {
  /** "2 – supporter who acts"; "– not yet assessed". */
  assessment(n: number): string
  /** Short name of an assessment for chart series and table headers ("2 Supporter"). */
  short(n: number): string
  /** A cell's accessible name. Built from prepared templates: 5,000 cells cost no t() calls. */
  cellLabel(name: string, assessment: number, leader: boolean, stale: boolean): string
  staleDays: number
}

/** The chart's texts in the current language, prepared once per language and stale setting. */
export function useChartText(staleDays: number): ChartText {
  const { t } = useTranslation()
  return useMemo(() => {
    const assessment = (n: number) =>
      `${cellSymbol(n)} ${t(`chart.assessments.${assessmentKey(n)}`)}`
    const labels = new Map<number, string>(
      ASSESSMENT_ORDER.map((n) => [n, t('chart.cell', { name: NAME, assessment: assessment(n) })]),
    )
    const leaderText = t('chart.cellLeader')
    const staleText = t('chart.cellStale', { days: staleDays })
    return {
      assessment,
      short: (n: number) => `${cellSymbol(n)} ${t(`chart.short.${assessmentKey(n)}`)}`,
      cellLabel(name, value, leader, stale) {
        let label = (labels.get(value) ?? labels.get(0)!).replace(NAME, () => name)
        if (leader) label += `, ${leaderText}`
        if (stale) label += `, ${staleText}`
        return label
      },
      staleDays,
    }
  }, [t, staleDays])
}
