import { useState } from 'react'
import type { Person } from '@shared/domain/people/person'
import type { OpenCircle } from '../../data/circle-registry'
import { ErasePersonDialog } from '../people/ErasePersonDialog'
import { PersonDialog } from '../people/PersonDialog'
import { RemovePersonDialog } from '../people/RemovePersonDialog'

type Open =
  | { kind: 'edit'; id: string }
  | { kind: 'remove'; person: Person }
  | { kind: 'erase'; person: Person }
  | null

/** The person dialog (and its remove and erase dialogs) opened from a list of this feature. */
export function usePersonDialogs(circle: OpenCircle) {
  const [open, setOpen] = useState<Open>(null)
  const { session } = circle
  const person = open?.kind === 'edit' ? (session.people.get(open.id) ?? null) : null
  const close = () => setOpen(null)
  const dialogs = (
    <>
      {person && (
        <PersonDialog
          key={person.id}
          circle={circle}
          person={person}
          onClose={close}
          onRemove={(p) => setOpen({ kind: 'remove', person: p })}
          onErase={(p) => setOpen({ kind: 'erase', person: p })}
        />
      )}
      {open?.kind === 'remove' && (
        <RemovePersonDialog session={session} person={open.person} onClose={close} />
      )}
      {open?.kind === 'erase' && (
        <ErasePersonDialog session={session} person={open.person} onClose={close} />
      )}
    </>
  )
  return { openPerson: (id: string) => setOpen({ kind: 'edit', id }), dialogs }
}
