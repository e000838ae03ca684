import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DomainError } from '@shared/data/result'
import { STEP_KINDS, STEP_TACTIC_MAX, type Step, type StepKind } from '@shared/domain/plans/plan'
import { addStep, updateStep, type StepInput } from '@shared/domain/plans/step-commands'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'

interface Values {
  tactic: string
  kind: StepKind
  day: string
  responsible: string[]
  testId: string
  /** As typed; checked by the domain on save. */
  required: string
}

const fromStep = (s: Step | null): Values => ({
  tactic: s?.tactic ?? '',
  kind: s?.kind ?? 'petition',
  day: s?.day ?? '',
  responsible: s?.responsible ?? [],
  testId: s?.testId ?? '',
  required: String(s?.requiredPercent ?? 50),
})

/** "60" → 60; anything that is not a whole number is refused by the domain (NaN). */
const parsePercent = (typed: string) => (/^\s*\d+\s*$/.test(typed) ? Number(typed) : Number.NaN)

/** Adds or edits a rung of the ladder: tactic, kind, date, who is responsible, its gate. */
export function StepDialog(props: {
  circle: OpenCircle
  planId: string
  step: Step | null
  onClose: () => void
}) {
  const { circle, planId, step, onClose } = props
  const { session } = circle
  const { t } = useTranslation()
  const { announcer } = useServices()
  const members = useStore(session.members)
  const tests = useStore(session.structureTests)
  const [values, setValues] = useState<Values>(() => fromStep(step))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const formRef = useRef<HTMLFormElement>(null)
  const set =
    <K extends keyof Values>(k: K) =>
    (v: Values[K]) =>
      setValues((old) => ({ ...old, [k]: v }))
  const testGone = values.testId !== '' && !tests.some((x) => x.id === values.testId)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const input: StepInput = {
      tactic: values.tactic,
      kind: values.kind,
      day: values.day,
      responsible: values.responsible,
      testId: values.testId,
      requiredPercent: parsePercent(values.required),
    }
    const fail = (error: DomainError) => {
      if (error.code === 'invalid') {
        setErrors(errorsByField(t, error))
        focusFirstInvalid(formRef.current)
      } else announcer.say(t(`errors.domain.${error.code}`), 'error')
    }
    if (step) {
      const patch: Partial<StepInput> = {}
      for (const k of Object.keys(input) as (keyof StepInput)[])
        if (JSON.stringify(input[k]) !== JSON.stringify(step[k]))
          (patch as Record<string, unknown>)[k] = input[k]
      const r = updateStep(session, step.id, patch)
      if (!r.ok) return fail(r.error)
    } else {
      const r = addStep(session, planId, input)
      if (!r.ok) return fail(r.error)
    }
    announcer.say(t('plans.ladder.saved', { tactic: values.tactic.trim() }))
    onClose()
  }

  return (
    <Dialog
      open
      title={
        step ? t('plans.ladder.editHeading', { tactic: step.tactic }) : t('plans.ladder.addHeading')
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
          label={t('plans.ladder.tactic')}
          value={values.tactic}
          onChange={set('tactic')}
          error={errors.tactic}
          required
          autoFocus
          maxLength={STEP_TACTIC_MAX * 2}
        />
        <SelectField
          label={t('plans.ladder.kind')}
          value={values.kind}
          options={STEP_KINDS.map((k) => ({ value: k, label: t(`plans.ladder.kinds.${k}`) }))}
          onChange={set('kind')}
          error={errors.kind}
        />
        <TextField
          label={t('plans.ladder.day')}
          type="date"
          value={values.day}
          onChange={set('day')}
          error={errors.day}
        />
        <fieldset className="plan-team">
          <legend>{t('plans.ladder.responsible')}</legend>
          {errors.responsible && <p className="error">{errors.responsible}</p>}
          {members.map((m) => (
            <label key={m.id} className="check">
              <input
                type="checkbox"
                checked={values.responsible.includes(m.id)}
                onChange={(e) =>
                  set('responsible')(
                    e.target.checked
                      ? [...values.responsible, m.id]
                      : values.responsible.filter((x) => x !== m.id),
                  )
                }
              />
              {t('plans.ladder.responsibleLabel', { name: m.name })}
            </label>
          ))}
        </fieldset>
        <SelectField
          label={t('plans.ladder.gate')}
          hint={t('plans.ladder.gateHint')}
          value={values.testId}
          options={[
            { value: '', label: t('plans.ladder.noGate') },
            ...(testGone ? [{ value: values.testId, label: t('plans.unknownTest') }] : []),
            ...tests.map((x) => ({ value: x.id, label: x.name })),
          ]}
          onChange={set('testId')}
          error={errors.testId}
        />
        {values.testId !== '' && (
          <TextField
            label={t('plans.ladder.requiredPercent')}
            hint={t('plans.ladder.requiredHint')}
            type="number"
            value={values.required}
            onChange={set('required')}
            error={errors.requiredPercent}
            required
          />
        )}
        <FormActions onCancel={onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}
