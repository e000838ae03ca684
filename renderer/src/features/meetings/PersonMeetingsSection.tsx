import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { participationHistory } from '@shared/domain/meetings/attendance'
import type { OpenCircle } from '../../data/circle-registry'
import { useStore } from '../../app/use-store'
import { useMeetingText } from './meeting-text'

/** A person's participation history: the meetings they were marked at, newest first. */
export function PersonMeetingsSection({
  circle,
  personId,
}: {
  circle: OpenCircle
  personId: string
}) {
  const { t } = useTranslation()
  const { session } = circle
  const text = useMeetingText()
  const records = useStore(session.attendance)
  const meetings = useStore(session.meetings)
  const history = useMemo(
    () => participationHistory(session, personId),
    // Recomputed when attendance or meetings change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, personId, records, meetings],
  )
  const headingId = useId()
  const present = history.filter((h) => h.status === 'present').length
  return (
    <section className="person-meetings" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('meetings.history.heading')}</h3>
      {history.length === 0 ? (
        <p className="muted">{t('meetings.history.empty')}</p>
      ) : (
        <>
          <p>{t('meetings.history.summary', { present, count: history.length })}</p>
          <ul className="person-meetings-list">
            {history.map(({ meeting, status }) => (
              <li key={meeting.id}>
                {t('meetings.history.entry', {
                  title: meeting.title,
                  date: text.day(meeting.date),
                  status: t(`meetings.attendance.status.${status}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
