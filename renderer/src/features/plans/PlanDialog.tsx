import { useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DomainError } from '@shared/data/result'
import { addPlan, updatePlan, type PlanInput } from '@shared/domain/plans/commands'
import { PLAN_GOAL_MAX, PLAN_NAME_MAX, TEAM_ROLE_MAX, type Plan } from '@shared/domain/plans/plan'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'

interface Values {
  name: string
  goal: string
  targetStakeholderId: string
  startDay: string
  endDay: string
  /** Member id → role as typed (on the team when present). */
  team: Record<string, string>
}

const fromPlan = (p: Plan | null): Values => ({
  name: p?.name ?? '',
  goal: p?.goal ?? '',
  targetStakeholderId: p?.targetStakeholderId ?? '',
  startDay: p?.startDay ?? '',
  endDay: p?.endDay ?? '',
  team: Object.fromEntries(Object.entries(p?.team ?? {}).map(([k, v]) => [k, String(v)])),
})

/** Creates or edits a plan: name, demand, target, timeframe and team with roles. */
export function PlanDialog(props: {
  circle: OpenCircle
  plan: Plan | null
  onClose: () => void
  onSaved: (id: string) => void
}) {
  const { circle, plan, onClose } = props
  const { session } = circle
  const { t } = useTranslation()
  const { announcer } = useServices()
  const members = useStore(session.members)
  const maps = useStore(session.powerMaps)
  const stakeholders = useStore(session.stakeholders)
  const people = useStore(session.people)
  const [values, setValues] = useState<Values>(() => fromPlan(plan))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const formRef = useRef<HTMLFormElement>(null)
  const targetId = useId()
  const set =
    <K extends keyof Values>(k: K) =>
    (v: Values[K]) =>
      setValues((old) => ({ ...old, [k]: v }))

  // Stakeholders grouped by power map; a target removed since stays selectable as "removed".
  const groups = useMemo(() => {
    const personName = new Map(people.map((p) => [p.id, p.name]))
    return maps
      .map((m) => ({
        map: m,
        options: stakeholders
          .filter((s) => s.mapId === m.id)
          .map((s) => ({
            id: s.id,
            name: s.personId !== '' ? (personName.get(s.personId) ?? '') : s.name,
          })),
      }))
      .filter((g) => g.options.length > 0)
  }, [maps, stakeholders, people])
  const targetGone =
    values.targetStakeholderId !== '' && !session.stakeholders.has(values.targetStakeholderId)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const input: PlanInput = {
      name: values.name,
      goal: values.goal,
      targetStakeholderId: values.targetStakeholderId,
      startDay: values.startDay,
      endDay: values.endDay,
      team: values.team,
    }
    const fail = (error: DomainError) => {
      if (error.code === 'invalid') {
        setErrors(errorsByField(t, error))
        focusFirstInvalid(formRef.current)
      } else announcer.say(t(`errors.domain.${error.code}`), 'error')
    }
    let id: string
    if (plan) {
      const patch: Partial<PlanInput> = {}
      for (const k of ['name', 'goal', 'targetStakeholderId', 'startDay', 'endDay'] as const)
        if (input[k] !== plan[k]) patch[k] = input[k]
      // The team entry by entry: a member taken off is written as null (removed).
      const team: Record<string, string | number> = {}
      let teamChanged = false
      for (const k of new Set([...Object.keys(plan.team), ...Object.keys(values.team)])) {
        if (values.team[k] !== undefined) team[k] = values.team[k]!
        if (String(plan.team[k] ?? '') !== (values.team[k] ?? '')) teamChanged = true
      }
      if (teamChanged) patch.team = team
      const r = updatePlan(session, plan.id, patch)
      if (!r.ok) return fail(r.error)
      id = plan.id
    } else {
      const r = addPlan(session, { ...input, createdBy: circle.entry.member.id })
      if (!r.ok) return fail(r.error)
      id = r.value
    }
    const name = values.name.trim()
    announcer.say(plan ? t('plans.saved', { name }) : t('plans.created', { name }))
    props.onSaved(id)
    onClose()
  }

  const toggle = (memberId: string, on: boolean) =>
    setValues((old) => {
      const team = Object.fromEntries(Object.entries(old.team).filter(([k]) => k !== memberId))
      if (on) team[memberId] = ''
      return { ...old, team }
    })

  return (
    <Dialog
      open
      title={plan ? t('plans.editHeading', { name: plan.name }) : t('plans.addHeading')}
      onClose={onClose}
    >
      <form ref={formRef} onSubmit={submit} noValidate className="plan-form">
        {Object.keys(errors).length > 0 && (
          <p className="error" role="alert">
            {t('errors.domain.invalid')}
          </p>
        )}
        <TextField
          label={t('plans.name')}
          value={values.name}
          onChange={set('name')}
          error={errors.name}
          required
          autoFocus
          maxLength={PLAN_NAME_MAX * 2}
        />
        <TextField
          label={t('plans.goal')}
          hint={t('plans.goalHint')}
          value={values.goal}
          onChange={set('goal')}
          error={errors.goal}
          required
          multiline
          maxLength={PLAN_GOAL_MAX * 2}
        />
        <div className="field">
          <label htmlFor={targetId}>{t('plans.target')}</label>
          <select
            id={targetId}
            value={values.targetStakeholderId}
            aria-describedby={
              errors.targetStakeholderId ? `${targetId}-hint ${targetId}-error` : `${targetId}-hint`
            }
            aria-invalid={errors.targetStakeholderId ? true : undefined}
            onChange={(e) => set('targetStakeholderId')(e.target.value)}
          >
            <option value="">{t('plans.noTarget')}</option>
            {targetGone && (
              <option value={values.targetStakeholderId}>{t('plans.targetRemoved')}</option>
            )}
            {groups.map((g) => (
              <optgroup key={g.map.id} label={g.map.name}>
                {g.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <p id={`${targetId}-hint`} className="hint">
            {t('plans.targetHint')}
          </p>
          {errors.targetStakeholderId && (
            <p id={`${targetId}-error`} className="error">
              {errors.targetStakeholderId}
            </p>
          )}
        </div>
        <div className="plan-days">
          <TextField
            label={t('plans.startDay')}
            type="date"
            value={values.startDay}
            onChange={set('startDay')}
            error={errors.startDay}
          />
          <TextField
            label={t('plans.endDay')}
            type="date"
            value={values.endDay}
            onChange={set('endDay')}
            error={errors.endDay}
          />
        </div>
        <fieldset className="plan-team">
          <legend>{t('plans.team')}</legend>
          <p className="hint">{t('plans.teamHint')}</p>
          {errors.team && <p className="error">{errors.team}</p>}
          {members.map((m) => {
            const on = values.team[m.id] !== undefined
            const roleError = errors[`team.${m.id}`]
            return (
              <div key={m.id} className="team-row">
                <label className="check">
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={(e) => toggle(m.id, e.target.checked)}
                  />
                  {t('plans.onTeam', { name: m.name })}
                </label>
                {on && (
                  <TextField
                    label={t('plans.role', { name: m.name })}
                    value={values.team[m.id] ?? ''}
                    onChange={(v) =>
                      setValues((old) => ({ ...old, team: { ...old.team, [m.id]: v } }))
                    }
                    error={roleError}
                    maxLength={TEAM_ROLE_MAX * 2}
                  />
                )}
              </div>
            )
          })}
        </fieldset>
        <FormActions onCancel={onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}
