import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { readRotations, removedMembers } from '@shared/domain/members/keyring'
import { organizerStatus } from '@shared/domain/people/assign'
import { useStore } from '../../app/use-store'

export interface Organizers {
  /** Members people can be assigned to (not removed), by name. */
  current: { id: string; name: string }[]
  /** What to call an organizer id: a member's name, "former member", or "nobody yet". */
  label: (id: string) => string
}

/** The circle's organizers for selects and labels. */
export function useOrganizers(session: CircleSession): Organizers {
  const { t } = useTranslation()
  const members = useStore(session.members)
  return useMemo(() => {
    const removed = removedMembers(readRotations(session.doc))
    const current = members
      .filter((m) => !removed.has(m.id))
      .map((m) => ({ id: m.id, name: m.name }))
    const names = new Map(members.map((m) => [m.id, m.name]))
    const label = (id: string) => {
      switch (organizerStatus(session, id, removed)) {
        case 'none':
          return t('today.assign.nobody')
        case 'unknown':
          return t('today.assign.unknown')
        case 'former':
          return `${names.get(id) ?? ''} (${t('today.assign.former')})`
        case 'current':
          return names.get(id) ?? ''
      }
    }
    return { current, label }
  }, [members, session, t])
}
