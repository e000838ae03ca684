import type * as Y from 'yjs'
import { Listeners, type ReadStore } from '../../data/store'
import type { CircleSession } from '../circle/session'
import { notesContext } from './meeting-markdown'
import type { Meeting } from './meeting'
import { readNotes } from './notes'
import { notesPlainText } from './notes-text'

/** What the meetings archive is narrowed to. Empty strings mean "any". */
export interface ArchiveFilter {
  /** Days, YYYY-MM-DD, inclusive. */
  from: string
  to: string
  /** A member id. */
  facilitator: string
  /** A person id: meetings where this person was present. */
  attendedBy: string
  /** Words that must all appear in the meeting (title, place, agenda, decisions, actions, notes). */
  query: string
}

export const NO_FILTER: ArchiveFilter = {
  from: '',
  to: '',
  facilitator: '',
  attendedBy: '',
  query: '',
}

/** Lower-cased words of a query (the same normalisation as the indexed text). */
export const queryWords = (query: string) =>
  normalise(query)
    .split(/\s+/)
    .filter((w) => w !== '')

const normalise = (s: string) => s.normalize('NFKC').toLocaleLowerCase()

/**
 * The searchable text of every meeting, kept up to date by change events: an edit to one
 * meeting's notes, agenda, decisions or actions marks that meeting only, and its text is
 * computed again the next time a search needs it. Listens only while it has listeners.
 */
export class MeetingSearchIndex implements ReadStore<number> {
  private readonly texts = new Map<string, string>()
  private readonly listeners = new Listeners()
  private version = 0
  private detach: (() => void) | null = null

  constructor(private readonly session: CircleSession) {}

  getSnapshot = (): number => this.version

  subscribe = (onChange: () => void): (() => void) => {
    if (this.detach === null) this.attach()
    const off = this.listeners.add(onChange)
    return () => {
      off()
      if (this.listeners.size === 0 && this.detach) {
        this.detach()
        this.detach = null
        // Nothing tells us about changes any more: start afresh when listened to again.
        this.texts.clear()
      }
    }
  }

  /** The lower-cased searchable text of a meeting ('' when there is no such meeting). */
  textOf(meetingId: string): string {
    let text = this.texts.get(meetingId)
    if (text === undefined) {
      text = meetingText(this.session, meetingId)
      // Cache only while change events keep the cache right.
      if (this.detach !== null) this.texts.set(meetingId, text)
    }
    return text
  }

  private attach(): void {
    const s = this.session
    const byRecord = <T extends { meetingId: string }>(c: {
      get(id: string): T | undefined
      onChange(l: (ids: ReadonlySet<string>) => void): () => void
    }) => {
      // Where each record was, so that a record moved or removed also marks its old meeting.
      const where = new Map<string, string>()
      return c.onChange((ids) => {
        const touched = new Set<string>()
        for (const id of ids) {
          const before = where.get(id)
          if (before !== undefined) touched.add(before)
          const now = c.get(id)?.meetingId
          if (now !== undefined) {
            where.set(id, now)
            touched.add(now)
          } else where.delete(id)
        }
        // A record seen for the first time may have moved from a meeting not known here.
        this.mark(touched, ids.size > touched.size)
      })
    }
    const offs = [
      s.meetings.onChange((ids) => this.mark(ids, false)),
      byRecord(s.agendaItems),
      byRecord(s.decisions),
      byRecord(s.actions),
      // Names shown in notes and actions: a rename changes what a search finds.
      s.people.onChange(() => this.mark(new Set(), true)),
      s.members.onChange(() => this.mark(new Set(), true)),
    ]
    const onNotes = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      const touched = new Set<string>()
      for (const e of events) {
        const key = e.path[0]
        if (typeof key === 'string') touched.add(key)
        else for (const k of (e as Y.YMapEvent<unknown>).keysChanged ?? []) touched.add(k)
      }
      this.mark(touched, false)
    }
    s.meetingNotes.observeDeep(onNotes)
    this.detach = () => {
      for (const off of offs) off()
      s.meetingNotes.unobserveDeep(onNotes)
    }
  }

  private mark(meetingIds: ReadonlySet<string>, all: boolean): void {
    if (all) this.texts.clear()
    else for (const id of meetingIds) this.texts.delete(id)
    this.version++
    this.listeners.emit()
  }
}

/** A meeting's searchable text, computed from scratch. */
export function meetingText(session: CircleSession, meetingId: string): string {
  const m = session.meetings.get(meetingId)
  if (!m) return ''
  const parts = [m.title, m.place]
  for (const a of session.agendaItems.getSnapshot()) if (a.meetingId === m.id) parts.push(a.title)
  for (const d of session.decisions.getSnapshot()) if (d.meetingId === m.id) parts.push(d.text)
  for (const a of session.actions.getSnapshot()) if (a.meetingId === m.id) parts.push(a.text)
  const notes = readNotes(session, m.id)
  if (notes) parts.push(notesPlainText(notes, notesContext(session)))
  return normalise(parts.join('\n'))
}

/** The meetings (newest first, as given) that match the filter. */
export function filterMeetings(
  session: CircleSession,
  meetings: readonly Meeting[],
  filter: ArchiveFilter,
  index: Pick<MeetingSearchIndex, 'textOf'>,
): Meeting[] {
  const words = queryWords(filter.query)
  const attended =
    filter.attendedBy === ''
      ? null
      : new Set(
          session.attendance
            .getSnapshot()
            .filter((a) => a.personId === filter.attendedBy && a.status === 'present')
            .map((a) => a.meetingId),
        )
  return meetings.filter((m) => {
    if (filter.from !== '' && (m.date === '' || m.date < filter.from)) return false
    if (filter.to !== '' && (m.date === '' || m.date > filter.to)) return false
    if (filter.facilitator !== '' && m.facilitator !== filter.facilitator) return false
    if (attended && !attended.has(m.id)) return false
    if (words.length === 0) return true
    const text = index.textOf(m.id)
    return words.every((w) => text.includes(w))
  })
}
