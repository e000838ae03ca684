import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTION_TEXT_MAX, DECISION_TEXT_MAX, type Action } from '@shared/domain/meetings/action'
import { addAction, addDecision, updateAction } from '@shared/domain/meetings/action-commands'
import type { DomainError } from '@shared/data/result'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'
import { fromOwner, OwnerField, ownerValue } from '../actions/OwnerField'

function useFail(setErrors: (e: Record<string, string>) => void, form: () => HTMLElement | null) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  return (error: DomainError) => {
    if (error.code === 'invalid') {
      setErrors(errorsByField(t, error))
      focusFirstInvalid(form())
    } else announcer.say(t(`errors.domain.${error.code}`), 'error')
  }
}

/** Records a new action item (what, who, by when) or edits one. */
export function ActionDialog(props: {
  circle: OpenCircle
  meetingId: string
  /** The action item to edit, or null for a new one. */
  action: Action | null
  onClose(): void
  onSaved(id: string): void
}) {
  const { circle, meetingId, action, onClose, onSaved } = props
  const { t } = useTranslation()
  const { session } = circle
  const members = useStore(session.members)
  const people = useStore(session.people)
  const [text, setText] = useState(action?.text ?? '')
  const [owner, setOwner] = useState(action ? ownerValue(action) : '')
  const [due, setDue] = useState(action?.due ?? '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const formRef = useRef<HTMLFormElement>(null)
  const fail = useFail(setErrors, () => formRef.current)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const input = { text, due, ...fromOwner(owner) }
    if (action) {
      const r = updateAction(session, action.id, input)
      if (!r.ok) return fail(r.error)
      onSaved(action.id)
    } else {
      const r = addAction(session, { ...input, meetingId, createdBy: circle.entry.member.id })
      if (!r.ok) return fail(r.error)
      onSaved(r.value)
    }
  }

  return (
    <Dialog
      open
      title={action ? t('meetings.actions.editActionHeading') : t('meetings.actions.actionHeading')}
      onClose={onClose}
    >
      <form ref={formRef} onSubmit={submit} noValidate>
        <TextField
          label={t('meetings.actions.actionText')}
          value={text}
          onChange={setText}
          error={errors.text}
          required
          autoFocus
          maxLength={ACTION_TEXT_MAX * 2}
        />
        <OwnerField
          label={t('meetings.actions.owner')}
          labels={{
            nobody: t('meetings.actions.ownerNobody'),
            members: t('meetings.actions.members'),
            people: t('meetings.actions.people'),
          }}
          value={owner}
          onChange={setOwner}
          error={errors.owner}
          members={members}
          people={people}
        />
        <TextField
          label={t('meetings.actions.due')}
          hint={t('meetings.actions.dueHint')}
          type="date"
          value={due}
          onChange={setDue}
          error={errors.due}
        />
        <FormActions onCancel={onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}

/** Records a decision of the meeting. */
export function DecisionDialog(props: {
  circle: OpenCircle
  meetingId: string
  onClose(): void
  onSaved(id: string): void
}) {
  const { circle, meetingId, onClose, onSaved } = props
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const formRef = useRef<HTMLFormElement>(null)
  const fail = useFail(setErrors, () => formRef.current)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const r = addDecision(circle.session, {
      meetingId,
      text,
      createdBy: circle.entry.member.id,
    })
    if (!r.ok) return fail(r.error)
    onSaved(r.value)
  }
  return (
    <Dialog open title={t('meetings.actions.decisionHeading')} onClose={onClose}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <TextField
          label={t('meetings.actions.decisionText')}
          value={text}
          onChange={setText}
          error={errors.text}
          multiline
          required
          autoFocus
          maxLength={DECISION_TEXT_MAX * 2}
        />
        <FormActions onCancel={onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}
