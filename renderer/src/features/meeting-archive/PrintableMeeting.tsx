import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ATTENDANCE } from '@shared/domain/meetings/meeting'
import { actionLine, notesContext } from '@shared/domain/meetings/meeting-markdown'
import { readNotes } from '@shared/domain/meetings/notes'
import type { OpenCircle } from '../../data/circle-registry'
import { useStore } from '../../app/use-store'
import { NotesPrint } from './NotesPrint'
import { useArchiveText } from './archive-text'

/** A readable page of a whole meeting, printable on its own (the rest of the app is hidden). */
export function PrintableMeeting({ circle, meetingId }: { circle: OpenCircle; meetingId: string }) {
  const { t, i18n } = useTranslation()
  const { session } = circle
  const text = useArchiveText()
  const [shownAt] = useState(() => Date.now())
  const meta = useStore(session.meta)
  const meetings = useStore(session.meetings)
  const attendance = useStore(session.attendance)
  const agenda = useStore(session.agendaItems)
  const decisions = useStore(session.decisions)
  const actions = useStore(session.actions)
  const people = useStore(session.people)
  const members = useStore(session.members)
  const ctx = useMemo(
    () => notesContext(session, text.labels.due),
    // The context reads the records: new ones when they change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, text, actions, decisions, people, members],
  )
  const m = meetings.find((x) => x.id === meetingId)
  if (!m) return <p role="alert">{t('archive.printNotFound')}</p>
  const L = text.labels
  const member = (id: string) => members.find((x) => x.id === id)?.name ?? L.unknown
  const person = (id: string) => people.find((x) => x.id === id)?.name ?? L.unknown
  const facts: [string, string][] = [
    [L.when, m.date !== '' ? `${text.day(m.date)} ${m.time}`.trim() : ''],
    [L.place, m.place],
    [L.link, m.link],
    [L.facilitator, m.facilitator ? member(m.facilitator) : ''],
    [L.noteTaker, m.noteTaker ? member(m.noteTaker) : ''],
  ]
  const here = attendance.filter((a) => a.meetingId === m.id)
  const items = agenda.filter((a) => a.meetingId === m.id)
  const ds = decisions.filter((d) => d.meetingId === m.id)
  const as = actions.filter((a) => a.meetingId === m.id)
  const notes = readNotes(session, m.id)
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' })
  return (
    <article className="print-area meeting-print">
      <div className="no-print actions">
        <button type="button" onClick={() => window.print()}>
          {t('archive.printNow')}
        </button>
      </div>
      <h3>{t('archive.printTitle', { title: m.title })}</h3>
      <p className="muted">
        {t('archive.printIntro', { circle: meta?.name ?? '', date: date.format(shownAt) })}
      </p>
      <dl className="dossier">
        {facts
          .filter(([, v]) => v !== '')
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {here.length > 0 && (
        <>
          <h4>{L.attendance}</h4>
          <ul>
            {ATTENDANCE.map((s) => {
              const names = here.filter((a) => a.status === s).map((a) => person(a.personId))
              return names.length === 0 ? null : (
                <li key={s}>
                  {L.status[s]}: {names.sort((a, b) => a.localeCompare(b)).join(', ')}
                </li>
              )
            })}
          </ul>
        </>
      )}
      {items.length > 0 && (
        <>
          <h4>{L.agenda}</h4>
          <ol>
            {items.map((a) => (
              <li key={a.id}>
                {a.done && <span aria-hidden="true">{'✓ '}</span>}
                {a.title}
              </li>
            ))}
          </ol>
        </>
      )}
      {notes && notes.length > 0 && (
        <>
          <h4>{L.notes}</h4>
          <NotesPrint notes={notes} ctx={ctx} />
        </>
      )}
      {ds.length > 0 && (
        <>
          <h4>{L.decisions}</h4>
          <ul>
            {ds.map((d) => (
              <li key={d.id} className="print-decision">
                {d.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {as.length > 0 && (
        <>
          <h4>{L.actions}</h4>
          <ul>
            {as.map((a) => (
              <li key={a.id}>
                <span aria-hidden="true">{a.doneAt > 0 ? '☑ ' : '☐ '}</span>
                {actionLine(session, a, L.due)}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  )
}
