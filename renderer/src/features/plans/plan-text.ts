import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Action } from '@shared/domain/meetings/action'
import type { GateStatus } from '@shared/domain/plans/ladder'
import type { Plan, Step } from '@shared/domain/plans/plan'
import { isDay } from '@shared/util/day'

/** The texts the plan screens share: days, timeframes, gates, owners. */
export function usePlanText(names: {
  memberNames: ReadonlyMap<string, string>
  personNames: ReadonlyMap<string, string>
}) {
  const { t, i18n } = useTranslation()
  const { memberNames, personNames } = names
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' })
    const monthFormat = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric' })
    const parts = (d: string) => d.split('-').map(Number) as [number, number, number]
    const day = (d: string) => {
      if (!isDay(d)) return ''
      const [y, m, x] = parts(d)
      return dateFormat.format(new Date(y, m - 1, x))
    }
    const month = (ym: string) => {
      if (!/^\d{4}-\d{2}$/.test(ym)) return t('plans.timeline.noDay')
      const [y, m] = parts(`${ym}-01`)
      return monthFormat.format(new Date(y, m - 1, 1))
    }
    const member = (id: string) => memberNames.get(id) ?? t('plans.unknownMember')
    const timeframe = (p: Pick<Plan, 'startDay' | 'endDay'>) =>
      p.startDay && p.endDay
        ? t('plans.summary.range', { start: day(p.startDay), end: day(p.endDay) })
        : p.startDay
          ? t('plans.summary.from', { start: day(p.startDay) })
          : p.endDay
            ? t('plans.summary.until', { end: day(p.endDay) })
            : t('plans.summary.open')
    const gate = (step: Pick<Step, 'requiredPercent'>, g: GateStatus) => {
      switch (g.kind) {
        case 'none':
          return t('plans.ladder.gateStatus.none')
        case 'missing':
          return t('plans.ladder.gateStatus.missing')
        case 'waiting':
          return t('plans.ladder.gateStatus.waiting', {
            test: g.test.name,
            required: step.requiredPercent,
            needed: g.needed,
            total: g.total,
          })
        default:
          return t(`plans.ladder.gateStatus.${g.kind}`, {
            test: g.test.name,
            required: step.requiredPercent,
            took: g.took,
            total: g.total,
            percent: g.percent,
          })
      }
    }
    const responsible = (ids: readonly string[]) =>
      ids.length === 0
        ? t('plans.ladder.nobodyResponsible')
        : t('plans.ladder.responsibleText', { names: ids.map(member).join(', ') })
    const owner = (a: Pick<Action, 'memberId' | 'personId'>) =>
      a.memberId !== ''
        ? member(a.memberId)
        : a.personId !== ''
          ? (personNames.get(a.personId) ?? t('plans.unknownMember'))
          : t('plans.tasks.nobody')
    return { day, month, member, timeframe, gate, responsible, owner }
  }, [t, i18n.language, memberNames, personNames])
}

export type PlanText = ReturnType<typeof usePlanText>
