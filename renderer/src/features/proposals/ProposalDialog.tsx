import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { createProposal } from '@shared/domain/proposals/commands'
import {
  PROPOSAL_KINDS,
  PROPOSAL_LIMITS,
  type ProposalKind,
} from '@shared/domain/proposals/proposal'
import { useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'
import { parseLocalDateTime } from './proposal-text'

interface Props {
  session: CircleSession
  meetingId: string
  memberId: string
  onClose: () => void
}

/** Creates a proposal: its text, how members answer, an optional deadline and quorum. */
export function ProposalDialog({ session, meetingId, memberId, onClose }: Props) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const [text, setText] = useState('')
  const [kind, setKind] = useState<ProposalKind>('consent')
  const [options, setOptions] = useState('')
  const [deadline, setDeadline] = useState('')
  const [quorum, setQuorum] = useState('0')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const formRef = useRef<HTMLFormElement>(null)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const r = createProposal(session, {
      meetingId,
      text,
      kind,
      options: options.split('\n'),
      deadline: parseLocalDateTime(deadline),
      quorum: /^\s*-?\d+\s*$/.test(quorum) ? Number(quorum) : Number.NaN,
      createdBy: memberId,
    })
    if (!r.ok) {
      if (r.error.code !== 'invalid') {
        announcer.say(t(`errors.domain.${r.error.code}`), 'error')
        return
      }
      const byField = errorsByField(t, r.error)
      for (const fe of r.error.errors) {
        if (fe.field === 'options' && fe.code === 'tooShort')
          byField.options = t('proposals.optionsTooFew')
        if (fe.field === 'deadline' && fe.code === 'outOfRange')
          byField.deadline = t('proposals.deadlinePast')
      }
      setErrors(byField)
      focusFirstInvalid(formRef.current)
      return
    }
    announcer.say(t('proposals.created'))
    onClose()
  }

  return (
    <Dialog open title={t('proposals.addHeading')} onClose={onClose}>
      <form ref={formRef} onSubmit={submit} noValidate className="proposal-form">
        {Object.keys(errors).length > 0 && (
          <p className="error" role="alert">
            {t('errors.domain.invalid')}
          </p>
        )}
        <TextField
          label={t('proposals.text')}
          hint={t('proposals.textHint')}
          value={text}
          onChange={setText}
          error={errors.text}
          multiline
          required
          autoFocus
          maxLength={PROPOSAL_LIMITS.text * 2}
        />
        <SelectField
          label={t('proposals.kind')}
          value={kind}
          options={PROPOSAL_KINDS.map((k) => ({ value: k, label: t(`proposals.kinds.${k}`) }))}
          onChange={setKind}
          error={errors.kind}
        />
        {kind === 'choice' && (
          <TextField
            label={t('proposals.options')}
            hint={t('proposals.optionsHint')}
            value={options}
            onChange={setOptions}
            error={errors.options}
            multiline
            required
          />
        )}
        <DateTimeField
          label={t('proposals.deadline')}
          hint={t('proposals.deadlineHint')}
          value={deadline}
          onChange={setDeadline}
          error={errors.deadline}
        />
        <TextField
          label={t('proposals.quorum')}
          hint={t('proposals.quorumHint')}
          type="number"
          value={quorum}
          onChange={setQuorum}
          error={errors.quorum}
        />
        <FormActions onCancel={onClose} submitLabel={t('proposals.create')} />
      </form>
    </Dialog>
  )
}

function DateTimeField(props: {
  label: string
  hint: string
  value: string
  onChange: (v: string) => void
  error: string | undefined
}) {
  const id = useId()
  const describedBy = [`${id}-hint`, props.error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="datetime-local"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        {props.hint}
      </p>
      {props.error && (
        <p id={`${id}-error`} className="error">
          {props.error}
        </p>
      )}
    </div>
  )
}
