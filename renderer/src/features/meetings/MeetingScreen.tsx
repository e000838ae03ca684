import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { removeMeeting } from '@shared/domain/meetings/commands'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { ProposalsSection } from '../proposals/ProposalsSection'
import { AgendaPanel } from './AgendaPanel'
import { AttendancePanel } from './AttendancePanel'
import { MeetingDetails } from './MeetingDetails'
import { MeetingRecords } from './MeetingRecords'
import { NotesSection } from './NotesSection'
import { TemplateDialog } from './TemplateDialog'
import { useMeetingText } from './meeting-text'
import './meetings.css'

interface Props {
  circle: OpenCircle
  meetingId: string
  onBack(): void
}

/**
 * One meeting: its details, agenda and attendance beside the notes everyone edits together,
 * with the decisions and action items recorded in them.
 */
export function MeetingScreen({ circle, meetingId, onBack }: Props) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const { session } = circle
  const text = useMeetingText()
  useStore(session.meetings)
  const meeting = session.meetings.get(meetingId) ?? null
  const [dialog, setDialog] = useState<'remove' | 'template' | null>(null)
  const headingId = useId()

  if (!meeting) {
    return (
      <section className="meeting-screen" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('meetings.untitled')}</h2>
        <p role="alert">{t('errors.domain.notFound')}</p>
        <button type="button" onClick={onBack}>
          {t('meetings.back')}
        </button>
      </section>
    )
  }

  const remove = () => {
    const r = removeMeeting(session, meeting.id)
    setDialog(null)
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    announcer.say(t('meetings.removed', { title: meeting.title }))
    onBack()
  }

  return (
    <section className="meeting-screen" aria-labelledby={headingId}>
      <header className="meeting-header">
        <button type="button" className="link-button" onClick={onBack}>
          {t('meetings.back')}
        </button>
        <h2 id={headingId}>{meeting.title}</h2>
        <p className="muted">
          {[text.when(meeting), meeting.place].filter((s) => s !== '').join(' · ')}
        </p>
        <div className="meeting-header-actions">
          <button type="button" onClick={() => setDialog('template')} disabled={session.readOnly}>
            {t('meetings.saveTemplate')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => setDialog('remove')}
            disabled={session.readOnly}
          >
            {t('meetings.remove')}
          </button>
        </div>
      </header>
      <div className="meeting-layout">
        <div className="meeting-main">
          <NotesSection circle={circle} meetingId={meeting.id} />
          <MeetingRecords circle={circle} meetingId={meeting.id} />
          <ProposalsSection circle={circle} meetingId={meeting.id} />
        </div>
        <div className="meeting-side">
          <MeetingDetails circle={circle} meeting={meeting} key={meeting.id} />
          <AgendaPanel circle={circle} meetingId={meeting.id} />
          <AttendancePanel circle={circle} meetingId={meeting.id} />
        </div>
      </div>
      {dialog === 'remove' && (
        <ConfirmDialog
          title={t('meetings.removeHeading', { title: meeting.title })}
          confirmLabel={t('meetings.remove')}
          onConfirm={remove}
          onClose={() => setDialog(null)}
        >
          <p>{t('meetings.removeBody')}</p>
        </ConfirmDialog>
      )}
      {dialog === 'template' && (
        <TemplateDialog circle={circle} meeting={meeting} onClose={() => setDialog(null)} />
      )}
    </section>
  )
}
