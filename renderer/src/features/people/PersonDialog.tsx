import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { addPerson, updatePerson } from '@shared/domain/people/commands'
import {
  PERSON_LIMITS,
  emptyPersonInput,
  toPersonInput,
  type Person,
  type PersonInput,
} from '@shared/domain/people/person'
import { useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'
import { formatTags, parseTags } from './tags'
import { unitPathText } from './unit-path'

interface Props {
  session: CircleSession
  /** The person to edit, or null to add a new one. */
  person: Person | null
  onClose: () => void
  onRemove: (person: Person) => void
}

export function PersonDialog({ session, person, onClose, onRemove }: Props) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const [initialUnit] = useState(() => (person ? unitPathText(session, person.unitId) : ''))
  const [values, setValues] = useState<PersonInput>(() =>
    person ? { ...toPersonInput(person), unit: initialUnit } : emptyPersonInput(),
  )
  const [tags, setTags] = useState(() => formatTags(person?.tags ?? []))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const formRef = useRef<HTMLFormElement>(null)
  const set = (k: keyof PersonInput) => (v: string) => setValues((old) => ({ ...old, [k]: v }))

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const input: PersonInput = { ...values, tags: parseTags(tags) }
    // The unit is typed as a path; unchanged, it must not be looked up (or created) again.
    const { unit, ...rest } = input
    const r = person
      ? updatePerson(session, person.id, unit.trim() === initialUnit ? rest : input)
      : addPerson(session, input)
    if (!r.ok) {
      if (r.error.code === 'invalid') {
        setErrors(errorsByField(t, r.error))
        focusFirstInvalid(formRef.current)
      } else announcer.say(t(`errors.domain.${r.error.code}`), 'error')
      return
    }
    const name = input.name.trim()
    announcer.say(person ? t('people.saved', { name }) : t('people.added', { name }))
    onClose()
  }

  return (
    <Dialog
      open
      title={person ? t('people.editHeading', { name: person.name }) : t('people.addHeading')}
      onClose={onClose}
    >
      <form ref={formRef} onSubmit={submit} noValidate className="person-form">
        {Object.keys(errors).length > 0 && (
          <p className="error" role="alert">
            {t('errors.domain.invalid')}
          </p>
        )}
        <TextField
          label={t('people.name')}
          value={values.name}
          onChange={set('name')}
          error={errors.name}
          required
          autoFocus
        />
        <TextField
          label={t('people.email')}
          type="email"
          value={values.email}
          onChange={set('email')}
          error={errors.email}
        />
        <TextField
          label={t('people.phone')}
          type="tel"
          value={values.phone}
          onChange={set('phone')}
          error={errors.phone}
        />
        <TextField
          label={t('people.address')}
          value={values.address}
          onChange={set('address')}
          error={errors.address}
        />
        <TextField
          label={t('people.unit')}
          hint={t('people.unitHint')}
          value={values.unit}
          onChange={set('unit')}
          error={errors.unit}
        />
        <TextField
          label={t('people.tags')}
          hint={t('people.tagsHint')}
          value={tags}
          onChange={setTags}
          error={errors.tags}
        />
        <TextField
          label={t('people.notes')}
          multiline
          value={values.notes}
          onChange={set('notes')}
          error={errors.notes}
          maxLength={PERSON_LIMITS.notes}
        />
        <div className="actions">
          {person && (
            <button type="button" className="danger push-left" onClick={() => onRemove(person)}>
              {t('common.remove')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
