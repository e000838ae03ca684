import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { meetingMarkdown } from '@shared/domain/meetings/meeting-markdown'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { download } from '../backup/download'
import { PrintableMeeting } from './PrintableMeeting'
import { useArchiveText } from './archive-text'

/** A file name that says what it is without the meeting's title in clear on the disk. */
export const meetingFileName = (date: string, now: Date) =>
  `rhizome-meeting-${date !== '' ? date : now.toISOString().slice(0, 10)}.md`

/** Export a meeting as Markdown, or show it as a printable page. */
export function MeetingTools({ circle, meetingId }: { circle: OpenCircle; meetingId: string }) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const text = useArchiveText()
  const [printing, setPrinting] = useState(false)
  useStore(circle.session.meetings)
  const meeting = circle.session.meetings.get(meetingId)
  if (!meeting) return null
  const exportMarkdown = () => {
    const md = meetingMarkdown(circle.session, meetingId, text.labels)
    if (md === null) return announcer.say(t('errors.domain.notFound'), 'error')
    const file = meetingFileName(meeting.date, new Date())
    download(new Blob([md], { type: 'text/markdown;charset=utf-8' }), file)
    announcer.say(t('archive.exported', { title: meeting.title, file }))
  }
  return (
    <>
      <div
        className="meeting-tools actions no-print"
        role="group"
        aria-label={t('archive.meetingToolsLabel')}
      >
        <button type="button" onClick={exportMarkdown}>
          {t('archive.export')}
        </button>
        <button type="button" aria-expanded={printing} onClick={() => setPrinting((p) => !p)}>
          {t('archive.print')}
        </button>
      </div>
      {printing && <PrintableMeeting circle={circle} meetingId={meetingId} />}
    </>
  )
}
