import { useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { DomainError } from '@shared/data/result'
import type { CircleSession } from '@shared/domain/circle/session'
import type { Person } from '@shared/domain/people/person'
import {
  addStructureTest,
  updateStructureTest,
  type TestInput,
} from '@shared/domain/structure-tests/commands'
import { peopleInScope } from '@shared/domain/structure-tests/results'
import {
  goalCount,
  TEST_KINDS,
  TEST_NAME_MAX,
  TEST_NOTES_MAX,
  type StructureTest,
  type TestKind,
} from '@shared/domain/structure-tests/structure-test'
import { unitLabel, type UnitNode } from '@shared/domain/units/tree'
import { useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'
import { today, useTestText } from './test-text'

interface Props {
  session: CircleSession
  /** The test to edit, or null for a new one. */
  test: StructureTest | null
  units: readonly UnitNode[]
  people: readonly Person[]
  onClose: () => void
  onSaved: (id: string) => void
}

interface Values {
  name: string
  kind: TestKind
  date: string
  /** As typed; checked by the domain on save. */
  goal: string
  plusOne: boolean
  unitId: string
  notes: string
}

const fromTest = (test: StructureTest | null): Values =>
  test
    ? {
        name: test.name,
        kind: test.kind,
        date: test.date,
        goal: String(test.goalPercent),
        plusOne: test.plusOne,
        unitId: test.unitId,
        notes: test.notes,
      }
    : {
        name: '',
        kind: 'petition',
        date: today(),
        goal: '50',
        plusOne: true,
        unitId: '',
        notes: '',
      }

/** "50" → 50; anything that is not a whole number is refused by the domain (NaN). */
const parseGoal = (typed: string) => (/^\s*\d+\s*$/.test(typed) ? Number(typed) : Number.NaN)

/** Creates or edits a structure test: name, kind, date, goal and who is asked. */
export function TestDialog({ session, test, units, people, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const text = useTestText()
  const [values, setValues] = useState<Values>(() => fromTest(test))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const formRef = useRef<HTMLFormElement>(null)
  const set =
    <K extends keyof Values>(k: K) =>
    (v: Values[K]) =>
      setValues((old) => ({ ...old, [k]: v }))

  const preview = useMemo(() => {
    const goalPercent = parseGoal(values.goal)
    if (!Number.isInteger(goalPercent) || goalPercent < 1 || goalPercent > 100) return undefined
    const draft = { ...(test ?? fromTest(null)), unitId: values.unitId } as StructureTest
    const count = peopleInScope(draft, people, units).length
    const needed = goalCount({ goalPercent, plusOne: values.plusOne }, count)
    return t('tests.goalPreview', { count, needed })
  }, [values.goal, values.plusOne, values.unitId, test, people, units, t])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const input: TestInput = {
      name: values.name,
      kind: values.kind,
      date: values.date,
      goalPercent: parseGoal(values.goal),
      plusOne: values.plusOne,
      unitId: values.unitId,
      notes: values.notes,
    }
    const fail = (error: DomainError) => {
      if (error.code === 'invalid') {
        setErrors(errorsByField(t, error))
        focusFirstInvalid(formRef.current)
      } else announcer.say(t(`errors.domain.${error.code}`), 'error')
    }
    let savedId: string
    if (test) {
      // Only what changed: a scope unit removed since stays as it was unless changed.
      const patch: Partial<TestInput> = {}
      for (const k of Object.keys(input) as (keyof TestInput)[])
        if (input[k] !== test[k]) (patch as Record<string, unknown>)[k] = input[k]
      const r = updateStructureTest(session, test.id, patch)
      if (!r.ok) return fail(r.error)
      savedId = test.id
    } else {
      const r = addStructureTest(session, input)
      if (!r.ok) return fail(r.error)
      savedId = r.value
    }
    const name = values.name.trim()
    announcer.say(test ? t('tests.saved', { name }) : t('tests.created', { name }))
    onSaved(savedId)
    onClose()
  }

  const scopeMissing = values.unitId !== '' && !units.some((n) => n.unit.id === values.unitId)

  return (
    <Dialog
      open
      title={test ? t('tests.editHeading', { name: test.name }) : t('tests.addHeading')}
      onClose={onClose}
    >
      <form ref={formRef} onSubmit={submit} noValidate className="test-form">
        {Object.keys(errors).length > 0 && (
          <p className="error" role="alert">
            {t('errors.domain.invalid')}
          </p>
        )}
        <TextField
          label={t('tests.name')}
          hint={t('tests.nameHint')}
          value={values.name}
          onChange={set('name')}
          error={errors.name}
          required
          autoFocus
          maxLength={TEST_NAME_MAX * 2}
        />
        <Field label={t('tests.kind')} error={errors.kind}>
          {(a) => (
            <select
              {...a}
              value={values.kind}
              onChange={(e) => set('kind')(e.target.value as TestKind)}
            >
              {TEST_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`tests.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('tests.date')} error={errors.date}>
          {(a) => (
            <input
              {...a}
              type="date"
              required
              value={values.date}
              onChange={(e) => set('date')(e.target.value)}
            />
          )}
        </Field>
        <div className="goal-fields">
          <Field label={t('tests.goalPercent')} hint={preview} error={errors.goalPercent}>
            {(a) => (
              <span className="percent-input">
                <input
                  {...a}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={100}
                  step={1}
                  required
                  value={values.goal}
                  onChange={(e) => set('goal')(e.target.value)}
                />
                <span aria-hidden="true">%</span>
              </span>
            )}
          </Field>
          <CheckField
            label={t('tests.plusOne')}
            hint={t('tests.plusOneHint')}
            checked={values.plusOne}
            onChange={set('plusOne')}
          />
        </div>
        <Field
          label={t('tests.scope')}
          hint={scopeMissing ? t('tests.scopeMissing') : t('tests.scopeHint')}
          error={errors.unitId}
        >
          {(a) => (
            <select {...a} value={values.unitId} onChange={(e) => set('unitId')(e.target.value)}>
              <option value="">{t('tests.wholeCircle')}</option>
              {scopeMissing && (
                <option value={values.unitId}>{text.scope(values, new Map())}</option>
              )}
              {units.map((n) => (
                <option key={n.unit.id} value={n.unit.id}>
                  {unitLabel(n)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t('tests.notes')}
          multiline
          value={values.notes}
          onChange={set('notes')}
          error={errors.notes}
          maxLength={TEST_NOTES_MAX}
        />
        <FormActions onCancel={onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}

interface FieldProps {
  label: string
  hint?: string | undefined
  error?: string | undefined
  children: (a: {
    id: string
    'aria-describedby': string | undefined
    'aria-invalid': true | undefined
  }) => ReactNode
}

/** A labelled control (select, date, number) whose hint and error are announced with it. */
function Field({ label, hint, error, children }: FieldProps) {
  const id = useId()
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
    </div>
  )
}

function CheckField(props: {
  label: string
  hint: string
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  const id = useId()
  return (
    <div className="check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={`${id}-hint`}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      <p id={`${id}-hint`} className="hint">
        {props.hint}
      </p>
    </div>
  )
}
