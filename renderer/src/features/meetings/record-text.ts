import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { completeAction, reopenAction } from '@shared/domain/meetings/action-commands'
import type { Action } from '@shared/domain/meetings/action'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { useMeetingText } from './meeting-text'

/** Who and by when of an action item, in words ("Who: Ana · by 3 Dec 2026"). */
export function useActionMeta(circle: OpenCircle) {
  const { t } = useTranslation()
  const { session } = circle
  const text = useMeetingText()
  useStore(session.members)
  useStore(session.people)
  return useCallback(
    (a: Action) => {
      const name =
        (a.memberId && session.members.get(a.memberId)?.name) ||
        (a.personId && session.people.get(a.personId)?.name) ||
        t('meetings.actions.noOwner')
      const parts = [t('meetings.actions.by', { name })]
      if (a.due !== '') parts.push(t('meetings.actions.dueOn', { date: text.day(a.due) }))
      return parts.join(' · ')
    },
    [session, t, text],
  )
}

/** Marks an action item done or open again, announcing a failure. */
export function useToggleAction(circle: OpenCircle) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  return useCallback(
    (a: Action, done: boolean) => {
      const r = done
        ? completeAction(circle.session, a.id, circle.entry.member.id)
        : reopenAction(circle.session, a.id)
      if (!r.ok) announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    },
    [circle, announcer, t],
  )
}
