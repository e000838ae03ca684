import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTION_TEXT_MAX, type Action } from '@shared/domain/meetings/action'
import { updateAction } from '@shared/domain/meetings/action-commands'
import type { Milestone, Plan } from '@shared/domain/plans/plan'
import { addTask, linkTask } from '@shared/domain/plans/task-commands'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'
import { fromOwner, OwnerField, ownerValue } from '../actions/OwnerField'

/** Adds or edits a task of a plan: what, who (a member or a person), by when, which milestone. */
export function TaskDialog(props: {
  circle: OpenCircle
  plan: Plan
  milestones: readonly Milestone[]
  /** The task to edit, or null for a new one. */
  task: Action | null
  onClose: () => void
}) {
  const { circle, plan, milestones, task, onClose } = props
  const { session } = circle
  const { t } = useTranslation()
  const { announcer } = useServices()
  const members = useStore(session.members)
  const people = useStore(session.people)
  const [text, setText] = useState(task?.text ?? '')
  const [owner, setOwner] = useState(task ? ownerValue(task) : '')
  const [due, setDue] = useState(task?.due ?? '')
  const [milestoneId, setMilestoneId] = useState(
    task && milestones.some((m) => m.id === task.milestoneId) ? task.milestoneId : '',
  )
  const [errors, setErrors] = useState<Record<string, string>>({})
  const formRef = useRef<HTMLFormElement>(null)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const input = {
      text,
      due,
      ...fromOwner(owner),
    }
    const r = task
      ? updateAction(session, task.id, input)
      : addTask(session, {
          ...input,
          planId: plan.id,
          milestoneId,
          createdBy: circle.entry.member.id,
        })
    const linked =
      r.ok && task && task.milestoneId !== milestoneId
        ? linkTask(session, task.id, { planId: plan.id, milestoneId })
        : r
    const error = !r.ok ? r.error : !linked.ok ? linked.error : null
    if (error) {
      if (error.code === 'invalid') {
        setErrors(errorsByField(t, error))
        focusFirstInvalid(formRef.current)
      } else announcer.say(t(`errors.domain.${error.code}`), 'error')
      return
    }
    announcer.say(
      task
        ? t('plans.tasks.saved', { text: text.trim() })
        : t('plans.tasks.created', { text: text.trim() }),
    )
    onClose()
  }

  return (
    <Dialog
      open
      title={task ? t('plans.tasks.editHeading', { text: task.text }) : t('plans.tasks.addHeading')}
      onClose={onClose}
    >
      <form ref={formRef} onSubmit={submit} noValidate className="plan-form">
        {Object.keys(errors).length > 0 && (
          <p className="error" role="alert">
            {t('errors.domain.invalid')}
          </p>
        )}
        <TextField
          label={t('plans.tasks.text')}
          value={text}
          onChange={setText}
          error={errors.text}
          required
          autoFocus
          maxLength={ACTION_TEXT_MAX * 2}
        />
        <OwnerField
          label={t('plans.tasks.owner')}
          labels={{
            nobody: t('plans.tasks.nobody'),
            members: t('plans.tasks.members'),
            people: t('plans.tasks.people'),
          }}
          value={owner}
          onChange={setOwner}
          error={errors.owner}
          members={members}
          people={people}
        />
        <TextField
          label={t('plans.tasks.due')}
          type="date"
          value={due}
          onChange={setDue}
          error={errors.due}
        />
        {milestones.length > 0 && (
          <SelectField
            label={t('plans.tasks.milestone')}
            value={milestoneId}
            options={[
              { value: '', label: t('plans.milestones.none') },
              ...milestones.map((m) => ({ value: m.id, label: m.title })),
            ]}
            onChange={setMilestoneId}
          />
        )}
        <FormActions onCancel={onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}
