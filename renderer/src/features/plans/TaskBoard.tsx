import { useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Action } from '@shared/domain/meetings/action'
import { board, COLUMNS, type Column } from '@shared/domain/plans/board'
import type { Milestone, Plan } from '@shared/domain/plans/plan'
import { linkTask, moveTask } from '@shared/domain/plans/task-commands'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { TaskDialog } from './TaskDialog'
import type { PlanText } from './plan-text'

/**
 * A plan's tasks as a board of three columns, to do / doing / done. A task moves with buttons
 * (the keyboard follows it to its new column). Tasks are the circle's action items.
 */
export function TaskBoard(props: {
  circle: OpenCircle
  plan: Plan
  milestones: readonly Milestone[]
  tasks: readonly Action[]
  text: PlanText
}) {
  const { circle, plan, milestones, tasks, text } = props
  const { session } = circle
  const { t } = useTranslation()
  const { announcer } = useServices()
  const headingId = useId()
  const boardRef = useRef<HTMLDivElement>(null)
  /** The task being edited, 'new' for a new one. */
  const [editing, setEditing] = useState<Action | 'new' | null>(null)
  const columns = useMemo(() => board(tasks), [tasks])
  const milestoneTitle = useMemo(
    () => new Map(milestones.map((m) => [m.id, m.title])),
    [milestones],
  )
  const columnName = (c: Column) => t(`plans.board.columns.${c}`)

  const move = (a: Action, to: Column) => {
    const r = moveTask(session, a.id, to, circle.entry.member.id)
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    announcer.say(t('plans.board.moved', { text: a.text, column: columnName(to) }))
    requestAnimationFrame(() =>
      boardRef.current
        ?.querySelector<HTMLButtonElement>(`[data-task="${a.id}"] button[data-to]`)
        ?.focus(),
    )
  }
  const takeOff = (a: Action) => {
    const r = linkTask(session, a.id, { planId: '', milestoneId: '' })
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    announcer.say(t('plans.tasks.takenOff', { text: a.text }))
  }

  return (
    <section aria-labelledby={headingId} className="plan-section">
      <div className="plan-section-header">
        <h3 id={headingId}>{t('plans.tasks.heading')}</h3>
        <button type="button" onClick={() => setEditing('new')} disabled={session.readOnly}>
          {t('plans.tasks.add')}
        </button>
      </div>
      <p className="muted">{t('plans.tasks.intro')}</p>
      <PutOnPlan circle={circle} plan={plan} />
      <h4>{t('plans.board.heading')}</h4>
      <div className="task-board" ref={boardRef}>
        {COLUMNS.map((c) => (
          <section key={c} className={`board-column column-${c}`} aria-label={columnName(c)}>
            <h5>
              {t('plans.board.columnLabel', { column: columnName(c), count: columns[c].length })}
            </h5>
            {columns[c].length === 0 ? (
              <p className="muted">{t('plans.board.empty')}</p>
            ) : (
              <ul>
                {columns[c].map((a) => (
                  <li key={a.id} data-task={a.id} className="task-card">
                    <span className="task-text">{a.text}</span>
                    <span className="muted">
                      {[
                        t('plans.tasks.ownerText', { name: text.owner(a) }),
                        a.due
                          ? t('plans.tasks.dueText', { date: text.day(a.due) })
                          : t('plans.tasks.noDue'),
                        milestoneTitle.has(a.milestoneId)
                          ? t('plans.tasks.ofMilestone', {
                              title: milestoneTitle.get(a.milestoneId),
                            })
                          : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                    <div className="row-actions">
                      {COLUMNS.filter((to) => to !== c).map((to) => (
                        <button
                          key={to}
                          type="button"
                          data-to={to}
                          aria-label={t('plans.board.moveTo', {
                            text: a.text,
                            column: columnName(to),
                          })}
                          disabled={session.readOnly}
                          onClick={() => move(a, to)}
                        >
                          {columnName(to)}
                        </button>
                      ))}
                      <button
                        type="button"
                        aria-label={t('plans.tasks.editLabel', { text: a.text })}
                        disabled={session.readOnly}
                        onClick={() => setEditing(a)}
                      >
                        {t('common.edit')}
                      </button>
                      <button
                        type="button"
                        aria-label={t('plans.tasks.takeOff', { text: a.text })}
                        disabled={session.readOnly}
                        onClick={() => takeOff(a)}
                      >
                        {t('plans.tasks.takeOffShort')}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      {editing !== null && (
        <TaskDialog
          key={editing === 'new' ? 'new' : editing.id}
          circle={circle}
          plan={plan}
          milestones={milestones}
          task={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  )
}

/** Puts an existing action item (e.g. one made in a meeting) on this plan. */
function PutOnPlan({ circle, plan }: { circle: OpenCircle; plan: Plan }) {
  const { session } = circle
  const { t } = useTranslation()
  const { announcer } = useServices()
  const actions = useStore(session.actions)
  const plans = useStore(session.plans)
  const id = useId()
  const [chosen, setChosen] = useState('')
  // Open action items on no plan (or on a plan removed since).
  const free = useMemo(() => {
    const planIds = new Set(plans.map((x) => x.id))
    return actions.filter((a) => a.doneAt === 0 && !planIds.has(a.planId))
  }, [actions, plans])
  if (free.length === 0) return null
  const put = () => {
    const a = session.actions.get(chosen)
    if (!a) return
    const r = linkTask(session, a.id, { planId: plan.id, milestoneId: '' })
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    setChosen('')
    announcer.say(t('plans.tasks.linked', { text: a.text }))
  }
  return (
    <div className="put-on-plan">
      <div className="field">
        <label htmlFor={id}>{t('plans.tasks.putOn')}</label>
        <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('plans.tasks.putOnNone')}</option>
          {free.map((a) => (
            <option key={a.id} value={a.id}>
              {a.text}
            </option>
          ))}
        </select>
      </div>
      <button type="button" onClick={put} disabled={session.readOnly || chosen === ''}>
        {t('plans.tasks.putOnButton')}
      </button>
    </div>
  )
}
