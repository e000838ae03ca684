import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ladderOf } from '@shared/domain/plans/ladder'
import type { Action } from '@shared/domain/meetings/action'
import type { Milestone, Plan } from '@shared/domain/plans/plan'
import { tasksOf } from '@shared/domain/plans/board'
import type { OpenCircle } from '../../data/circle-registry'
import { useStore } from '../../app/use-store'
import { Ladder } from './Ladder'
import { Milestones } from './Milestones'
import { PrintablePlan } from './PrintablePlan'
import { TaskBoard } from './TaskBoard'
import { Timeline } from './Timeline'
import { usePlanText } from './plan-text'
import type { PlanData } from './use-plan-data'

/** One plan: what it fights for, its ladder with live gates, milestones, tasks, timeline. */
export function PlanDetail(props: {
  circle: OpenCircle
  plan: Plan
  data: PlanData
  onEdit: () => void
  onRemove: () => void
}) {
  const { circle, plan, data } = props
  const { session } = circle
  const { t } = useTranslation()
  const text = usePlanText(data)
  const headingId = useId()
  const [printing, setPrinting] = useState(false)
  const steps = useStore(session.planSteps)
  const milestoneRecords = useStore(session.planMilestones)
  const actions = useStore(session.actions)
  const ladder = useMemo(() => ladderOf(steps, plan.id, data.gates), [steps, plan.id, data.gates])
  const milestones = useMemo(
    () => milestoneRecords.filter((m) => m.planId === plan.id),
    [milestoneRecords, plan.id],
  )
  const tasks = useMemo(() => tasksOf(actions, plan.id), [actions, plan.id])
  const target = usePlanTarget(circle, plan)
  const view = { plan, ladder, milestones, tasks, target, text }

  return (
    <section aria-labelledby={headingId} className="card plan-detail">
      <div className="plan-detail-header">
        <h2 id={headingId}>{plan.name}</h2>
        <div className="row-actions">
          <button type="button" onClick={props.onEdit} disabled={session.readOnly}>
            {t('plans.edit')}
          </button>
          <button type="button" aria-expanded={printing} onClick={() => setPrinting((p) => !p)}>
            {t('plans.print')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={props.onRemove}
            disabled={session.readOnly}
          >
            {t('plans.remove')}
          </button>
        </div>
      </div>
      <PlanSummary {...view} />
      {printing && <PrintablePlan circle={circle} {...view} />}
      <Ladder circle={circle} plan={plan} ladder={ladder} text={text} />
      <Milestones circle={circle} plan={plan} milestones={milestones} text={text} />
      <TaskBoard circle={circle} plan={plan} milestones={milestones} tasks={tasks} text={text} />
      <Timeline ladder={ladder} milestones={milestones} tasks={tasks} text={text} />
    </section>
  )
}

/** The name of a plan's target stakeholder, "removed" when it is gone, null for none. */
function usePlanTarget(circle: OpenCircle, plan: Plan): string | null {
  const { t } = useTranslation()
  const stakeholders = useStore(circle.session.stakeholders)
  const people = useStore(circle.session.people)
  if (plan.targetStakeholderId === '') return null
  const s = stakeholders.find((x) => x.id === plan.targetStakeholderId)
  if (!s) return t('plans.targetRemoved')
  if (s.personId === '') return s.name
  return people.find((p) => p.id === s.personId)?.name ?? t('plans.targetRemoved')
}

export interface PlanView {
  plan: Plan
  ladder: ReturnType<typeof ladderOf>
  milestones: readonly Milestone[]
  tasks: readonly Action[]
  target: string | null
  text: ReturnType<typeof usePlanText>
}

/** Demand, target, timeframe and team, as a description list. */
export function PlanSummary({ plan, target, text }: PlanView) {
  const { t } = useTranslation()
  const team = Object.entries(plan.team)
  return (
    <dl className="plan-summary">
      <div>
        <dt>{t('plans.summary.goal')}</dt>
        <dd>{plan.goal}</dd>
      </div>
      <div>
        <dt>{t('plans.summary.target')}</dt>
        <dd>{target ?? t('plans.noTarget')}</dd>
      </div>
      <div>
        <dt>{t('plans.summary.timeframe')}</dt>
        <dd>{text.timeframe(plan)}</dd>
      </div>
      <div>
        <dt>{t('plans.summary.team')}</dt>
        <dd>
          {team.length === 0
            ? t('plans.summary.nobody')
            : team
                .map(([id, role]) =>
                  t('plans.summary.member', { name: text.member(id), role: String(role) }),
                )
                .join(', ')}
        </dd>
      </div>
    </dl>
  )
}
