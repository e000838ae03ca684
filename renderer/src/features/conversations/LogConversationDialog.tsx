import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  correctConversation,
  logConversation,
  type ConversationPatch,
} from '@shared/domain/conversations/commands'
import { preferredGuide } from '@shared/domain/conversations/default-guide'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { ConversationForm } from './ConversationForm'
import { formatDay, newValues, toInput, valuesOf } from './form-values'

/** Logs a conversation with a person, given or (from the quick command) chosen first. */
export function LogConversationDialog(props: {
  circle: OpenCircle
  personId: string | null
  onClose: () => void
}) {
  const { circle, personId, onClose } = props
  const { session } = circle
  const { t, i18n } = useTranslation()
  const { announcer } = useServices()
  const me = circle.entry.member
  const person = personId ? session.people.get(personId) : undefined
  const [initial] = useState(() =>
    newValues(
      personId ?? '',
      me.id,
      preferredGuide(session.guides.getSnapshot(), i18n.language)?.id ?? '',
    ),
  )
  return (
    <Dialog
      open
      title={
        person
          ? t('conversations.logHeadingWith', { name: person.name })
          : t('conversations.logHeading')
      }
      onClose={onClose}
    >
      <ConversationForm
        circle={circle}
        initial={initial}
        askPerson={personId === null}
        submitLabel={t('conversations.save')}
        onCancel={onClose}
        onSubmit={(values) => {
          const r = logConversation(session, toInput(values), {
            by: me.id,
            reason: t('conversations.assessmentReason'),
          })
          if (!r.ok) return r.error
          const name = session.people.get(values.personId)?.name ?? ''
          announcer.say(t('conversations.logged', { name }))
          onClose()
          return null
        }}
      />
    </Dialog>
  )
}

/** Corrects a logged conversation (the same form, filled in); the edit is recorded. */
export function CorrectConversationDialog(props: {
  circle: OpenCircle
  id: string
  onClose: () => void
}) {
  const { circle, id, onClose } = props
  const { session } = circle
  const { t, i18n } = useTranslation()
  const { announcer } = useServices()
  const [conversation] = useState(() => session.conversations.get(id))
  const [initial] = useState(() =>
    conversation
      ? valuesOf(conversation, session.guides.has(conversation.guideId) ? conversation.guideId : '')
      : null,
  )
  if (!conversation || !initial) return null
  const name = session.people.get(conversation.personId)?.name ?? ''
  return (
    <Dialog
      open
      title={t('conversations.correctHeading', {
        name,
        date: formatDay(conversation.date, i18n.language),
      })}
      onClose={onClose}
    >
      <ConversationForm
        circle={circle}
        initial={initial}
        askPerson={false}
        submitLabel={t('conversations.saveCorrection')}
        onCancel={onClose}
        onSubmit={(values) => {
          const { personId: _person, ...all } = toInput(values)
          // A guide that was removed since stays the conversation's guide.
          const patch: ConversationPatch =
            all.guideId === '' && !session.guides.has(conversation.guideId)
              ? { ...all, guideId: conversation.guideId }
              : all
          const r = correctConversation(session, id, patch, {
            by: circle.entry.member.id,
            reason: t('conversations.assessmentReason'),
          })
          if (!r.ok) return r.error
          announcer.say(
            r.value.length > 0 ? t('conversations.corrected') : t('conversations.unchanged'),
          )
          onClose()
          return null
        }}
      />
    </Dialog>
  )
}
