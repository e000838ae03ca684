import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Member } from '@shared/domain/members/member'

interface Props {
  members: readonly Member[]
  /** This device's member (listed even before their registration has synced). */
  me: { id: string; name: string }
  value: string[]
  onChange: (ids: string[]) => void
  error?: string | undefined
}

/** Who talked with the person: one checkbox per member of the circle, this member first. */
export function MembersField({ members, me, value, onChange, error }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const others = members.filter((m) => m.id !== me.id)
  const known = new Set([me.id, ...others.map((m) => m.id)])
  const options = [
    { id: me.id, label: t('conversations.you', { name: me.name }) },
    ...others.map((m) => ({ id: m.id, label: m.name })),
    // Members named in an older record who have left since.
    ...value
      .filter((v) => !known.has(v))
      .map((v) => ({ id: v, label: t('conversations.history.unknownMember') })),
  ]
  const toggle = (memberId: string, on: boolean) =>
    onChange(on ? [...value, memberId] : value.filter((v) => v !== memberId))
  return (
    <fieldset className="members-field">
      <legend>{t('conversations.members')}</legend>
      {options.map((o) => (
        <div className="field checkbox" key={o.id}>
          <input
            id={`${id}-${o.id}`}
            type="checkbox"
            checked={value.includes(o.id)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => toggle(o.id, e.target.checked)}
          />
          <label htmlFor={`${id}-${o.id}`}>{o.label}</label>
        </div>
      ))}
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
