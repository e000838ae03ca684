import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ladderOf } from '@shared/domain/plans/ladder'
import type { Plan, Step } from '@shared/domain/plans/plan'
import { moveStep, removeStep } from '@shared/domain/plans/step-commands'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { StepDialog } from './StepDialog'
import type { PlanText } from './plan-text'

type Editing = { kind: 'add' } | { kind: 'edit'; step: Step } | { kind: 'remove'; step: Step }

/**
 * The escalation ladder: steps in order, each with its gate's status in words and as a mark,
 * moved with Up/Down buttons (keyboard and screen reader friendly, no drag needed).
 */
export function Ladder(props: {
  circle: OpenCircle
  plan: Plan
  ladder: ReturnType<typeof ladderOf>
  text: PlanText
}) {
  const { circle, plan, ladder, text } = props
  const { session } = circle
  const { t } = useTranslation()
  const { announcer } = useServices()
  const headingId = useId()
  const listRef = useRef<HTMLOListElement>(null)
  const [editing, setEditing] = useState<Editing | null>(null)

  const move = (step: Step, by: -1 | 1, at: number) => {
    const r = moveStep(session, step.id, by)
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    announcer.say(t('plans.ladder.moved', { tactic: step.tactic, n: at + by + 1 }))
    // Keep the keyboard on the same button of the moved step (or its other one at an end).
    requestAnimationFrame(() => {
      const row = listRef.current?.querySelector<HTMLElement>(`[data-step="${step.id}"]`)
      const wanted = row?.querySelector<HTMLButtonElement>(
        `button[data-move="${by}"]:not(:disabled)`,
      )
      ;(
        wanted ?? row?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)')
      )?.focus()
    })
  }
  const remove = (step: Step) => {
    const r = removeStep(session, step.id)
    setEditing(null)
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    announcer.say(t('plans.ladder.removed', { tactic: step.tactic }))
  }

  return (
    <section aria-labelledby={headingId} className="plan-section">
      <div className="plan-section-header">
        <h3 id={headingId}>{t('plans.ladder.heading')}</h3>
        <button
          type="button"
          onClick={() => setEditing({ kind: 'add' })}
          disabled={session.readOnly}
        >
          {t('plans.ladder.add')}
        </button>
      </div>
      <p className="muted">{t('plans.ladder.intro')}</p>
      {ladder.length === 0 ? (
        <p className="empty">{t('plans.ladder.empty')}</p>
      ) : (
        <ol ref={listRef} className="ladder" aria-label={t('plans.ladder.listLabel')}>
          {ladder.map(({ step, gate }, i) => (
            <li key={step.id} data-step={step.id} className={`ladder-step gate-${gate.kind}`}>
              <div className="ladder-main">
                <span className="ladder-n" aria-hidden="true">
                  {i + 1}
                </span>
                <div>
                  <p className="ladder-tactic">
                    <strong>{step.tactic}</strong>
                    {' · '}
                    {t(`plans.ladder.kinds.${step.kind}`)}
                    {' · '}
                    {step.day ? text.day(step.day) : t('plans.ladder.noDay')}
                  </p>
                  <p className="muted">{text.responsible(step.responsible)}</p>
                  <p className="ladder-gate">
                    <span className={`gate-badge gate-${gate.kind}`} aria-hidden="true">
                      {gate.kind === 'met' ? '✓ ' : gate.kind === 'notMet' ? '✗ ' : ''}
                      {t(`plans.ladder.badge.${gate.kind}`)}
                    </span>{' '}
                    <span>{text.gate(step, gate)}</span>
                  </p>
                  {(gate.kind === 'met' || gate.kind === 'notMet') && (
                    <GateMeter took={gate.took} total={gate.total} needed={gate.needed} />
                  )}
                </div>
              </div>
              <div className="row-actions">
                <button
                  type="button"
                  data-move={-1}
                  aria-label={t('plans.ladder.moveUp', { tactic: step.tactic })}
                  disabled={session.readOnly || i === 0}
                  onClick={() => move(step, -1, i)}
                >
                  {'↑'}
                </button>
                <button
                  type="button"
                  data-move={1}
                  aria-label={t('plans.ladder.moveDown', { tactic: step.tactic })}
                  disabled={session.readOnly || i === ladder.length - 1}
                  onClick={() => move(step, 1, i)}
                >
                  {'↓'}
                </button>
                <button
                  type="button"
                  aria-label={t('plans.ladder.editLabel', { tactic: step.tactic })}
                  disabled={session.readOnly}
                  onClick={() => setEditing({ kind: 'edit', step })}
                >
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={t('plans.ladder.removeLabel', { tactic: step.tactic })}
                  disabled={session.readOnly}
                  onClick={() => setEditing({ kind: 'remove', step })}
                >
                  {t('common.remove')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {(editing?.kind === 'add' || editing?.kind === 'edit') && (
        <StepDialog
          circle={circle}
          planId={plan.id}
          step={editing.kind === 'edit' ? editing.step : null}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'remove' && (
        <ConfirmDialog
          title={t('plans.ladder.removeLabel', { tactic: editing.step.tactic })}
          confirmLabel={t('common.remove')}
          onConfirm={() => remove(editing.step)}
          onClose={() => setEditing(null)}
        >
          <p>{editing.step.tactic}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}

/** Who took part as a bar, with a mark where the gate lies (the numbers are in the text). */
function GateMeter({ took, total, needed }: { took: number; total: number; needed: number }) {
  const width = (n: number) => (total > 0 ? `${(n / total) * 100}%` : '0%')
  return (
    <div
      className={`gate-meter${took >= needed && total > 0 ? ' reached' : ''}`}
      aria-hidden="true"
    >
      <div className="gate-meter-fill" style={{ width: width(took) }} />
      {total > 0 && <div className="gate-meter-goal" style={{ left: width(needed) }} />}
    </div>
  )
}
