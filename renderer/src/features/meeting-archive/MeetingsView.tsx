import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Meeting } from '@shared/domain/meetings/meeting'
import {
  filterMeetings,
  MeetingSearchIndex,
  NO_FILTER,
  type ArchiveFilter,
} from '@shared/domain/meetings/search'
import type { OpenCircle } from '../../data/circle-registry'
import { routeHref } from '../../app/router'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { MeetingScreen } from '../meetings/MeetingScreen'
import { NewMeetingDialog } from '../meetings/NewMeetingDialog'
import { ArchiveFilters } from './ArchiveFilters'
import { MeetingTools } from './MeetingTools'
import { useArchiveText } from './archive-text'
import './archive.css'

/**
 * The Meetings tab: every meeting newest first, filtered and searched; one meeting (from the
 * route `#/circle/<id>/meetings/<meetingId>`) with its export and print tools.
 */
export default function MeetingsView({ circle }: { circle: OpenCircle }) {
  const { router } = useServices()
  const route = useStore(router)
  const circleId = circle.session.id
  const meetingId = route.name === 'people' ? route.meetingId : undefined
  const go = (id?: string) =>
    router.go(
      id
        ? { name: 'people', circleId, view: 'meetings', meetingId: id }
        : { name: 'people', circleId, view: 'meetings' },
    )
  if (meetingId)
    return (
      <div className="archive-meeting">
        <MeetingTools circle={circle} meetingId={meetingId} />
        <MeetingScreen key={meetingId} circle={circle} meetingId={meetingId} onBack={() => go()} />
      </div>
    )
  return <MeetingArchive circle={circle} onOpen={go} />
}

function MeetingArchive({ circle, onOpen }: { circle: OpenCircle; onOpen: (id: string) => void }) {
  const { t } = useTranslation()
  const { session } = circle
  const headingId = useId()
  const meetings = useStore(session.meetings)
  useStore(session.attendance)
  const index = useMemo(() => new MeetingSearchIndex(session), [session])
  const indexVersion = useStore(index)
  const [filter, setFilter] = useState<ArchiveFilter>(NO_FILTER)
  const [creating, setCreating] = useState(false)
  const shown = useMemo(
    () => filterMeetings(session, meetings, filter, index),
    // indexVersion: a change to any meeting's notes, agenda, decisions or actions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, meetings, filter, index, indexVersion],
  )
  return (
    <section className="meeting-archive" aria-labelledby={headingId}>
      <div className="archive-header">
        <h2 id={headingId}>{t('archive.heading')}</h2>
        <button
          type="button"
          className="primary"
          onClick={() => setCreating(true)}
          disabled={session.readOnly}
        >
          {t('archive.newMeeting')}
        </button>
      </div>
      <p className="muted">{t('archive.intro')}</p>
      <ArchiveFilters circle={circle} filter={filter} onChange={setFilter} />
      <p className="muted" role="status">
        {t('archive.shown', { shown: shown.length, count: meetings.length })}
      </p>
      {meetings.length === 0 ? (
        <p className="empty">{t('archive.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('archive.noMatch')}</p>
      ) : (
        <ul className="archive-list" aria-label={t('archive.listLabel')}>
          {shown.map((m) => (
            <MeetingItem key={m.id} circle={circle} meeting={m} />
          ))}
        </ul>
      )}
      {creating && (
        <NewMeetingDialog
          circle={circle}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false)
            onOpen(id)
          }}
        />
      )}
    </section>
  )
}

function MeetingItem({ circle, meeting: m }: { circle: OpenCircle; meeting: Meeting }) {
  const { t } = useTranslation()
  const text = useArchiveText()
  const facilitator = m.facilitator ? circle.session.members.get(m.facilitator)?.name : undefined
  const meta = [
    m.date !== '' ? `${text.day(m.date)}${m.time ? ` ${m.time}` : ''}` : t('archive.noDate'),
    m.place,
    facilitator ? t('archive.facilitatedBy', { name: facilitator }) : '',
  ].filter(Boolean)
  return (
    <li>
      <a
        className="archive-item"
        href={routeHref({
          name: 'people',
          circleId: circle.session.id,
          view: 'meetings',
          meetingId: m.id,
        })}
      >
        <span className="archive-item-title">{m.title}</span>
        <span className="muted">{meta.join(' · ')}</span>
      </a>
    </li>
  )
}
