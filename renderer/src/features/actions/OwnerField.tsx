import { useId } from 'react'
import type { Action } from '@shared/domain/meetings/action'

/** Member or person as one select value: "m:<id>", "p:<id>" or "" (nobody yet). */
export const ownerValue = (a: Pick<Action, 'memberId' | 'personId'>) =>
  a.memberId ? `m:${a.memberId}` : a.personId ? `p:${a.personId}` : ''

/** The action's owner fields of a select value (see ownerValue). */
export const fromOwner = (v: string) => ({
  memberId: v.startsWith('m:') ? v.slice(2) : '',
  personId: v.startsWith('p:') ? v.slice(2) : '',
})

/** Who an action item or task is for: nobody yet, a member, or one of the circle's people. */
export function OwnerField(props: {
  label: string
  labels: { nobody: string; members: string; people: string }
  value: string
  onChange(value: string): void
  error: string | undefined
  members: readonly { id: string; name: string }[]
  people: readonly { id: string; name: string }[]
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
      >
        <option value="">{props.labels.nobody}</option>
        <optgroup label={props.labels.members}>
          {props.members.map((m) => (
            <option key={m.id} value={`m:${m.id}`}>
              {m.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={props.labels.people}>
          {props.people.map((p) => (
            <option key={p.id} value={`p:${p.id}`}>
              {p.name}
            </option>
          ))}
        </optgroup>
      </select>
      {props.error && (
        <p id={`${id}-error`} className="error">
          {props.error}
        </p>
      )}
    </div>
  )
}
