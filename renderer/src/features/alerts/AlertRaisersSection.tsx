import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { setAlertRaisers } from '@shared/domain/alerts/permissions'
import { useServices } from '../../app/services'
import { CheckboxField } from '../../ui/CheckboxField'
import { useOrganizers } from '../today/organizers'
import { useAlertRaisers } from './use-alerts'

/** The circle's setting of who may raise an urgent alert (Setup). */
export function AlertRaisersSection({ session }: { session: CircleSession }) {
  const raisers = useAlertRaisers(session)
  // A new form when the setting changes (here or on a peer), so it always starts from it.
  return <AlertRaisersForm key={JSON.stringify(raisers)} session={session} />
}

function AlertRaisersForm({ session }: { session: CircleSession }) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const headingId = useId()
  const modeName = useId()
  const raisers = useAlertRaisers(session)
  const organizers = useOrganizers(session)
  const [mode, setMode] = useState(raisers.mode)
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(raisers.mode === 'listed' ? raisers.members : []),
  )
  const members = organizers.current.filter((m) => session.members.has(m.id))

  const submit = (e: FormEvent) => {
    e.preventDefault()
    // Only current members can be listed; anyone listed earlier and since removed is dropped.
    const listed = [...chosen].filter((id) => members.some((m) => m.id === id))
    const r = setAlertRaisers(
      session,
      mode === 'everyone' ? { mode } : { mode: 'listed', members: listed },
    )
    if (!r.ok) announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    else announcer.say(t('alerts.setting.saved'))
  }

  const toggle = (id: string, on: boolean) =>
    setChosen((old) => {
      const next = new Set(old)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('alerts.setting.heading')}</h2>
      <p className="muted">{t('alerts.setting.intro')}</p>
      <form onSubmit={submit} noValidate>
        <fieldset className="field">
          <legend>{t('alerts.setting.who')}</legend>
          {(['everyone', 'listed'] as const).map((m) => (
            <div className="field checkbox" key={m}>
              <input
                id={`${modeName}-${m}`}
                type="radio"
                name={modeName}
                checked={mode === m}
                onChange={() => setMode(m)}
              />
              <label htmlFor={`${modeName}-${m}`}>{t(`alerts.setting.${m}`)}</label>
            </div>
          ))}
        </fieldset>
        {mode === 'listed' && (
          <fieldset className="field">
            <legend>{t('alerts.setting.members')}</legend>
            {members.map((m) => (
              <CheckboxField
                key={m.id}
                label={m.name}
                checked={chosen.has(m.id)}
                onChange={(on) => toggle(m.id, on)}
              />
            ))}
            {chosen.size === 0 && <p className="hint">{t('alerts.setting.noneChosen')}</p>}
          </fieldset>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            {t('alerts.setting.save')}
          </button>
        </div>
      </form>
    </section>
  )
}
