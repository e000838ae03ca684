import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { board, COLUMNS } from '@shared/domain/plans/board'
import type { OpenCircle } from '../../data/circle-registry'
import { useStore } from '../../app/use-store'
import { PlanSummary, type PlanView } from './PlanDetail'

/** The whole plan as a readable page, printable on its own (the rest of the screen is hidden). */
export function PrintablePlan(props: PlanView & { circle: OpenCircle }) {
  const { circle, plan, ladder, milestones, tasks, text } = props
  const { t, i18n } = useTranslation()
  const meta = useStore(circle.session.meta)
  const [shownAt] = useState(() => Date.now())
  const columns = board(tasks)
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' })
  return (
    <article className="print-area plan-print" aria-label={t('plans.print')}>
      <h3>{plan.name}</h3>
      <p>{t('plans.printIntro', { circle: meta?.name ?? '', date: date.format(shownAt) })}</p>
      <PlanSummary {...props} />
      <h4>{t('plans.ladder.heading')}</h4>
      {ladder.length === 0 ? (
        <p>{t('plans.ladder.empty')}</p>
      ) : (
        <ol>
          {ladder.map(({ step, gate }) => (
            <li key={step.id}>
              {`${step.tactic} (${t(`plans.ladder.kinds.${step.kind}`)}, ${
                step.day ? text.day(step.day) : t('plans.ladder.noDay')
              }) — ${text.responsible(step.responsible)} — ${text.gate(step, gate)}`}
            </li>
          ))}
        </ol>
      )}
      <h4>{t('plans.milestones.heading')}</h4>
      {milestones.length === 0 ? (
        <p>{t('plans.milestones.empty')}</p>
      ) : (
        <ul>
          {milestones.map((m) => (
            <li key={m.id}>
              {`${m.done ? '☑' : '☐'} ${m.title} (${m.day ? text.day(m.day) : t('plans.ladder.noDay')})`}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('plans.tasks.heading')}</h4>
      {COLUMNS.map((c) => (
        <section key={c}>
          <h5>
            {t('plans.board.columnLabel', {
              column: t(`plans.board.columns.${c}`),
              count: columns[c].length,
            })}
          </h5>
          <ul>
            {columns[c].map((a) => (
              <li key={a.id}>
                {`${a.text} — ${text.owner(a)} — ${
                  a.due
                    ? t('plans.tasks.dueText', { date: text.day(a.due) })
                    : t('plans.tasks.noDue')
                }`}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <button type="button" className="no-print" onClick={() => window.print()}>
        {t('plans.printButton')}
      </button>
    </article>
  )
}
