import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { columnOf, timeline } from '@shared/domain/plans/board'
import type { ladderOf } from '@shared/domain/plans/ladder'
import type { Action } from '@shared/domain/meetings/action'
import type { Milestone } from '@shared/domain/plans/plan'
import type { PlanText } from './plan-text'

/** Steps, milestones and tasks by date, month by month; what has no date comes last. */
export function Timeline(props: {
  ladder: ReturnType<typeof ladderOf>
  milestones: readonly Milestone[]
  tasks: readonly Action[]
  text: PlanText
}) {
  const { ladder, milestones, tasks, text } = props
  const { t } = useTranslation()
  const headingId = useId()
  const months = useMemo(
    () => timeline({ steps: ladder.map((r) => r.step), milestones, tasks }),
    [ladder, milestones, tasks],
  )
  const gates = useMemo(() => new Map(ladder.map((r) => [r.step.id, r])), [ladder])
  return (
    <section aria-labelledby={headingId} className="plan-section">
      <h3 id={headingId}>{t('plans.timeline.heading')}</h3>
      {months.length === 0 ? (
        <p className="empty">{t('plans.timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {months.map((m) => (
            <li key={m.month || 'none'}>
              <h4>{text.month(m.month)}</h4>
              <ul>
                {m.items.map((item) => {
                  const when = item.day ? text.day(item.day) : t('plans.ladder.noDay')
                  if (item.kind === 'step') {
                    const row = gates.get(item.step.id)
                    return (
                      <li key={item.step.id} className="timeline-item kind-step">
                        <span className="timeline-day">{when}</span>{' '}
                        <span>{t('plans.timeline.step', { tactic: item.step.tactic })}</span>
                        {row && (
                          <span className="muted">
                            {' — '}
                            {text.gate(item.step, row.gate)}
                          </span>
                        )}
                      </li>
                    )
                  }
                  if (item.kind === 'milestone')
                    return (
                      <li key={item.milestone.id} className="timeline-item kind-milestone">
                        <span className="timeline-day">{when}</span>{' '}
                        <span>
                          {t('plans.timeline.milestone', { title: item.milestone.title })}
                        </span>
                        {item.milestone.done && (
                          <span className="muted">
                            {' — '}
                            {t('plans.timeline.reached')}
                          </span>
                        )}
                      </li>
                    )
                  return (
                    <li key={item.task.id} className="timeline-item kind-task">
                      <span className="timeline-day">{when}</span>{' '}
                      <span>{t('plans.timeline.task', { text: item.task.text })}</span>
                      <span className="muted">
                        {' — '}
                        {text.owner(item.task)}
                        {' · '}
                        {t(`plans.board.columns.${columnOf(item.task)}`)}
                      </span>
                    </li>
                  )
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
