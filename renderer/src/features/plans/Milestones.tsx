import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DomainError } from '@shared/data/result'
import {
  addMilestone,
  removeMilestone,
  updateMilestone,
} from '@shared/domain/plans/milestone-commands'
import { MILESTONE_TITLE_MAX, type Milestone, type Plan } from '@shared/domain/plans/plan'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'
import type { PlanText } from './plan-text'

type Editing =
  | { kind: 'add' }
  | { kind: 'edit'; milestone: Milestone }
  | { kind: 'remove'; milestone: Milestone }

/** A plan's milestones by date: reached or not, edited or removed. */
export function Milestones(props: {
  circle: OpenCircle
  plan: Plan
  milestones: readonly Milestone[]
  text: PlanText
}) {
  const { circle, plan, milestones, text } = props
  const { session } = circle
  const { t } = useTranslation()
  const { announcer } = useServices()
  const headingId = useId()
  const [editing, setEditing] = useState<Editing | null>(null)
  const say = (r: { ok: boolean; error?: DomainError }, ok: string) =>
    r.ok || !r.error
      ? announcer.say(ok)
      : announcer.say(t(`errors.domain.${r.error.code}`), 'error')

  return (
    <section aria-labelledby={headingId} className="plan-section">
      <div className="plan-section-header">
        <h3 id={headingId}>{t('plans.milestones.heading')}</h3>
        <button
          type="button"
          onClick={() => setEditing({ kind: 'add' })}
          disabled={session.readOnly}
        >
          {t('plans.milestones.add')}
        </button>
      </div>
      {milestones.length === 0 ? (
        <p className="empty">{t('plans.milestones.empty')}</p>
      ) : (
        <ul className="milestone-list" aria-labelledby={headingId}>
          {milestones.map((m) => (
            <li key={m.id} className={m.done ? 'done' : undefined}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={m.done}
                  disabled={session.readOnly}
                  onChange={(e) =>
                    say(
                      updateMilestone(session, m.id, { done: e.target.checked }),
                      t('plans.milestones.saved', { title: m.title }),
                    )
                  }
                />
                {t('plans.milestones.doneLabel', { title: m.title })}
              </label>
              <span className="muted">{m.day ? text.day(m.day) : t('plans.ladder.noDay')}</span>
              <div className="row-actions">
                <button
                  type="button"
                  aria-label={t('plans.milestones.editLabel', { title: m.title })}
                  disabled={session.readOnly}
                  onClick={() => setEditing({ kind: 'edit', milestone: m })}
                >
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={t('plans.milestones.removeLabel', { title: m.title })}
                  disabled={session.readOnly}
                  onClick={() => setEditing({ kind: 'remove', milestone: m })}
                >
                  {t('common.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {(editing?.kind === 'add' || editing?.kind === 'edit') && (
        <MilestoneDialog
          circle={circle}
          planId={plan.id}
          milestone={editing.kind === 'edit' ? editing.milestone : null}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'remove' && (
        <ConfirmDialog
          title={t('plans.milestones.removeLabel', { title: editing.milestone.title })}
          confirmLabel={t('common.remove')}
          onConfirm={() => {
            const title = editing.milestone.title
            setEditing(null)
            say(
              removeMilestone(session, editing.milestone.id),
              t('plans.milestones.removed', { title }),
            )
          }}
          onClose={() => setEditing(null)}
        >
          <p>{editing.milestone.title}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}

function MilestoneDialog(props: {
  circle: OpenCircle
  planId: string
  milestone: Milestone | null
  onClose: () => void
}) {
  const { circle, planId, milestone, onClose } = props
  const { session } = circle
  const { t } = useTranslation()
  const { announcer } = useServices()
  const [title, setTitle] = useState(milestone?.title ?? '')
  const [day, setDay] = useState(milestone?.day ?? '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const formRef = useRef<HTMLFormElement>(null)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const r = milestone
      ? updateMilestone(session, milestone.id, { title, day })
      : addMilestone(session, planId, { title, day })
    if (!r.ok) {
      if (r.error.code === 'invalid') {
        setErrors(errorsByField(t, r.error))
        focusFirstInvalid(formRef.current)
      } else announcer.say(t(`errors.domain.${r.error.code}`), 'error')
      return
    }
    announcer.say(t('plans.milestones.saved', { title: title.trim() }))
    onClose()
  }
  return (
    <Dialog
      open
      title={
        milestone
          ? t('plans.milestones.editHeading', { title: milestone.title })
          : t('plans.milestones.addHeading')
      }
      onClose={onClose}
    >
      <form ref={formRef} onSubmit={submit} noValidate className="plan-form">
        {Object.keys(errors).length > 0 && (
          <p className="error" role="alert">
            {t('errors.domain.invalid')}
          </p>
        )}
        <TextField
          label={t('plans.milestones.title')}
          value={title}
          onChange={setTitle}
          error={errors.title}
          required
          autoFocus
          maxLength={MILESTONE_TITLE_MAX * 2}
        />
        <TextField
          label={t('plans.milestones.day')}
          type="date"
          value={day}
          onChange={setDay}
          error={errors.day}
        />
        <FormActions onCancel={onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}
