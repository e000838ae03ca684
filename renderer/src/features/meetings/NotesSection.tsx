import { useCallback, useId, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { readNotes } from '@shared/domain/meetings/notes'
import type { OpenCircle } from '../../data/circle-registry'
import { NotesEditor } from './NotesEditor'

/** The notes of a meeting, once its fragment is here (it may still be on its way from a peer). */
export function NotesSection({ circle, meetingId }: { circle: OpenCircle; meetingId: string }) {
  const { t } = useTranslation()
  const { session } = circle
  const headingId = useId()
  const subscribe = useCallback(
    (onChange: () => void) => {
      const listener = () => onChange()
      session.meetingNotes.observe(listener)
      return () => session.meetingNotes.unobserve(listener)
    },
    [session],
  )
  const fragment = useSyncExternalStore(subscribe, () => readNotes(session, meetingId))
  return (
    <section className="meeting-notes" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('meetings.notes.heading')}</h3>
      {fragment ? (
        <NotesEditor circle={circle} meetingId={meetingId} fragment={fragment} key={meetingId} />
      ) : (
        <p className="empty">{t('meetings.notes.missing')}</p>
      )}
    </section>
  )
}
