import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { FOLLOW_UP_RANGES } from '@shared/domain/circle/meta'
import type { CircleSession } from '@shared/domain/circle/session'
import {
  FOLLOW_UP_KEYS,
  setFollowUpSettings,
  type FollowUpSettings,
} from '@shared/domain/today/settings'
import { useServices } from '../../app/services'
import { CheckboxField } from '../../ui/CheckboxField'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'

type NumberKey = Exclude<keyof FollowUpSettings, 'readyLeaderRule'>
const NUMBERS = FOLLOW_UP_KEYS.filter((k): k is NumberKey => k !== 'readyLeaderRule')

/** The circle's rules for Today and Ready: N days, the window, the thresholds. */
export function RulesForm({
  session,
  settings,
}: {
  session: CircleSession
  settings: FollowUpSettings
}) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const headingId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const [typed, setTyped] = useState<Record<NumberKey, string>>(
    () =>
      Object.fromEntries(NUMBERS.map((k) => [k, String(settings[k])])) as Record<NumberKey, string>,
  )
  const [leaderRule, setLeaderRule] = useState(settings.readyLeaderRule)
  const [errors, setErrors] = useState<Record<string, string>>({})

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const patch: Partial<FollowUpSettings> = { readyLeaderRule: leaderRule }
    const local: Record<string, string> = {}
    for (const k of NUMBERS) {
      const text = typed[k].trim()
      if (!/^\d+$/.test(text)) local[k] = t('today.rules.wholeNumber')
      else patch[k] = Number(text)
    }
    if (Object.keys(local).length > 0) {
      setErrors(local)
      focusFirstInvalid(formRef.current)
      return
    }
    const r = setFollowUpSettings(session, patch)
    if (!r.ok) {
      if (r.error.code === 'invalid') {
        setErrors(errorsByField(t, r.error))
        focusFirstInvalid(formRef.current)
      } else announcer.say(t(`errors.domain.${r.error.code}`), 'error')
      return
    }
    setErrors({})
    announcer.say(t('today.rules.saved'))
  }

  const number = (k: NumberKey) => (
    <TextField
      key={k}
      label={t(`today.rules.${k}`)}
      type="number"
      hint={t('today.rules.range', { min: FOLLOW_UP_RANGES[k][0], max: FOLLOW_UP_RANGES[k][1] })}
      value={typed[k]}
      onChange={(v) => setTyped((old) => ({ ...old, [k]: v }))}
      error={errors[k]}
    />
  )

  return (
    <section aria-labelledby={headingId} className="today-section">
      <h2 id={headingId}>{t('today.rules.heading')}</h2>
      <p className="muted">{t('today.rules.intro')}</p>
      <form ref={formRef} onSubmit={submit} noValidate className="rules-form">
        {number('quietDays')}
        {number('readyWindowDays')}
        {number('readyMinAttendance')}
        {number('readyMinTests')}
        {number('readyMinKept')}
        <CheckboxField
          label={t('today.rules.readyLeaderRule')}
          checked={leaderRule}
          onChange={setLeaderRule}
        />
        {number('readyLeaderDays')}
        <div className="actions">
          <button type="submit" disabled={session.readOnly}>
            {t('today.rules.save')}
          </button>
        </div>
      </form>
    </section>
  )
}
