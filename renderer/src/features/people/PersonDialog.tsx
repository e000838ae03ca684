import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenCircle } from '../../data/circle-registry'
import { customValue } from '@shared/domain/custom-fields/custom-field'
import { addPerson, updatePerson } from '@shared/domain/people/commands'
import {
  PERSON_LIMITS,
  emptyPersonInput,
  toPersonInput,
  type Person,
  type PersonInput,
} from '@shared/domain/people/person'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { Dialog } from '../../ui/Dialog'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'
import { ConversationHistory } from '../conversations/ConversationHistory'
import { LeadershipSection } from '../leadership/LeadershipSection'
import { PersonMeetingsSection } from '../meetings/PersonMeetingsSection'
import { OrganizerField } from '../today/OrganizerField'
import { AssessmentSection } from './AssessmentSection'
import { CustomFieldInputs } from './CustomFieldInputs'
import { DataRightsSection } from './DataRightsSection'
import { ChartingFields, dateText, parseDateText } from './PersonFields'
import { RelationshipsSection } from './RelationshipsSection'
import { formatTags, parseTags } from './tags'
import { unitPathText } from './unit-path'
import './person.css'

interface Props {
  circle: OpenCircle
  /** The person to edit, or null to add a new one. */
  person: Person | null
  onClose: () => void
  onRemove: (person: Person) => void
  onErase: (person: Person) => void
}

export function PersonDialog({ circle, person, onClose, onRemove, onErase }: Props) {
  const { t } = useTranslation()
  const { session } = circle
  const { announcer } = useServices()
  const customFields = useStore(session.customFields)
  const [initialUnit] = useState(() => (person ? unitPathText(session, person.unitId) : ''))
  const [values, setValues] = useState<PersonInput>(() =>
    person ? { ...toPersonInput(person), unit: initialUnit } : emptyPersonInput(),
  )
  const [tags, setTags] = useState(() => formatTags(person?.tags ?? []))
  const [languages, setLanguages] = useState(() => formatTags(person?.languages ?? []))
  const [lastContact, setLastContact] = useState(() => dateText(person?.lastContactAt ?? 0))
  const [custom, setCustom] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(person?.custom ?? {}).map(([k, v]) => [k, String(v)])),
  )
  const [errors, setErrors] = useState<Record<string, string>>({})
  // What the form showed when it opened: see changedOnly.
  const [opened] = useState(() => ({ values, tags, languages, lastContact, custom }))
  const formRef = useRef<HTMLFormElement>(null)
  const set = (k: keyof PersonInput) => (v: string) => setValues((old) => ({ ...old, [k]: v }))

  /** Checks what the form alone can check (dates, custom values by type). */
  function localErrors(): { errors: Record<string, string>; input: PersonInput | null } {
    const errs: Record<string, string> = {}
    const at = parseDateText(lastContact)
    if (at === null) errs.lastContactAt = t('errors.field.wrongType')
    const customOut: Record<string, string | number> = {}
    for (const f of customFields) {
      const v = customValue(f, custom[f.id] ?? '')
      if (v === null)
        errs[f.id] = t('person.customInvalid', { type: t(`person.customTypes.${f.type}`) })
      else if (v !== '') customOut[f.id] = v
    }
    if (Object.keys(errs).length > 0) return { errors: errs, input: null }
    return {
      errors: errs,
      input: {
        ...values,
        tags: parseTags(tags),
        languages: parseTags(languages),
        lastContactAt: at ?? 0,
        custom: customOut,
      },
    }
  }

  /**
   * Leaves out the fields still as the form showed them, so that what changed meanwhile (a
   * conversation logged from this dialog, another member's edit) is not written back.
   */
  function changedOnly(input: Partial<PersonInput>): Partial<PersonInput> {
    const changed = (k: keyof PersonInput): boolean => {
      if (k === 'unit') return true // decided by the caller (see submit)
      if (k === 'tags') return tags !== opened.tags
      if (k === 'languages') return languages !== opened.languages
      if (k === 'lastContactAt') return lastContact !== opened.lastContact
      if (k === 'custom') return JSON.stringify(custom) !== JSON.stringify(opened.custom)
      return values[k] !== opened.values[k]
    }
    return Object.fromEntries(
      Object.entries(input).filter(([k]) => changed(k as keyof PersonInput)),
    ) as Partial<PersonInput>
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const local = localErrors()
    if (!local.input) {
      setErrors(local.errors)
      focusFirstInvalid(formRef.current)
      return
    }
    const input = local.input
    // The unit is typed as a path; unchanged, it must not be looked up (or created) again.
    const { unit, ...rest } = input
    const r = person
      ? updatePerson(session, person.id, changedOnly(unit.trim() === initialUnit ? rest : input))
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
          error={errors.unit ?? errors.unitId}
        />
        <ChartingFields
          values={values}
          onChange={(patch) => setValues((old) => ({ ...old, ...patch }))}
          languages={languages}
          onLanguages={setLanguages}
          lastContact={lastContact}
          onLastContact={setLastContact}
          errors={errors}
        />
        <OrganizerField
          session={session}
          value={values.organizerId}
          onChange={(organizerId) => setValues((old) => ({ ...old, organizerId }))}
          error={errors.organizerId}
        />
        <TextField
          label={t('people.tags')}
          hint={t('people.tagsHint')}
          value={tags}
          onChange={setTags}
          error={errors.tags}
        />
        <CustomFieldInputs
          fields={customFields}
          values={custom}
          onChange={(id, text) => setCustom((old) => ({ ...old, [id]: text }))}
          errors={errors}
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
      {person && (
        <>
          <ConversationHistory circle={circle} person={person} />
          <AssessmentSection circle={circle} person={person} />
          <LeadershipSection circle={circle} person={person} />
          <PersonMeetingsSection circle={circle} personId={person.id} />
          <RelationshipsSection session={session} person={person} />
          <DataRightsSection circle={circle} person={person} onErase={() => onErase(person)} />
        </>
      )}
    </Dialog>
  )
}
