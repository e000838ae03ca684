import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getSchema } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { TaskItem, TaskList } from '@tiptap/extension-list'
import { prosemirrorJSONToYXmlFragment } from 'y-prosemirror'
import { ORIGIN, write } from '@shared/data/origins'
import { CircleSession } from '@shared/domain/circle/session'
import type { Action } from '@shared/domain/meetings/action'
import {
  filterActions,
  isOverdue,
  ALL_ACTIONS,
  NO_MEETING,
} from '@shared/domain/meetings/action-filter'
import { meetingMarkdown, type MarkdownLabels } from '@shared/domain/meetings/meeting-markdown'
import type { Meeting } from '@shared/domain/meetings/meeting'
import {
  escapeMarkdown,
  notesMarkdown,
  notesPlainText,
  type NotesContext,
} from '@shared/domain/meetings/notes-text'
import {
  filterMeetings,
  MeetingSearchIndex,
  meetingText,
  NO_FILTER,
} from '@shared/domain/meetings/search'

const schema = getSchema([StarterKit, TaskList, TaskItem])
const T0 = 1_750_000_000_000
const ME = 'member-000000000001'

const session = () => {
  const doc = new Y.Doc()
  doc.clientID = 1
  return new CircleSession('circle-1', doc, { autoMaintain: false })
}

const meeting = (id: string, over: Partial<Meeting> = {}): Meeting => ({
  id,
  title: 'Tenant assembly',
  date: '2025-06-01',
  time: '18:30',
  place: 'Community hall',
  link: '',
  facilitator: '',
  noteTaker: '',
  previousId: '',
  createdBy: ME,
  createdAt: T0,
  ...over,
})

const action = (id: string, over: Partial<Action> = {}): Action => ({
  id,
  meetingId: '',
  text: 'Book the hall',
  memberId: '',
  personId: '',
  due: '',
  doneAt: 0,
  doneBy: '',
  createdBy: ME,
  createdAt: T0,
  planId: '',
  milestoneId: '',
  startedAt: 0,
  ...over,
})

/** Notes as y-prosemirror stores what TipTap's editor wrote, plus the app's own nodes. */
function notesFrom(json: unknown, extra: (f: Y.XmlFragment) => void = () => {}) {
  const doc = new Y.Doc()
  const fragment = doc.getXmlFragment('notes')
  prosemirrorJSONToYXmlFragment(schema, json, fragment)
  extra(fragment)
  return fragment
}

const text = (s: string, marks?: unknown[]) => ({
  type: 'text',
  text: s,
  ...(marks ? { marks } : {}),
})
const para = (...content: unknown[]) => ({ type: 'paragraph', content })

const ctx: NotesContext = {
  personName: (id) => (id === 'person-00000001' ? 'Rosa Hernández' : ''),
  action: (id) =>
    id === 'action-00000001' ? { text: 'Call the landlord (@Ana)', done: true } : null,
  decision: (id) => (id === 'decision-0000001' ? 'Rent strike from July' : null),
}

const sampleNotes = () =>
  notesFrom(
    {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Repairs')] },
        para(
          text('Mould in '),
          text('every', [{ type: 'bold' }]),
          text(' flat, see '),
          text('the report', [{ type: 'link', attrs: { href: 'https://example.org/r' } }]),
        ),
        para(text('# not a heading *nor* <b>html</b>')),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [para(text('first'))] },
            { type: 'listItem', content: [para(text('second'))] },
          ],
        },
        {
          type: 'taskList',
          content: [
            { type: 'taskItem', attrs: { checked: true }, content: [para(text('photos taken'))] },
            { type: 'taskItem', attrs: { checked: false }, content: [para(text('letter sent'))] },
          ],
        },
        para(text('evil', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
      ],
    },
    (f) => {
      const mention = new Y.XmlElement('mention')
      mention.setAttribute('id', 'person-00000001')
      mention.setAttribute('label', 'Rosa')
      const p = new Y.XmlElement('paragraph')
      p.insert(0, [new Y.XmlText('Asked '), mention, new Y.XmlText(' to chair')])
      const a = new Y.XmlElement('actionItem')
      a.setAttribute('id', 'action-00000001')
      const d = new Y.XmlElement('decision')
      d.setAttribute('id', 'decision-0000001')
      f.insert(f.length, [p, a, d])
    },
  )

describe('meeting notes as text and Markdown', () => {
  it('gives the plain words of the notes, with mentions, action items and decisions', () => {
    const plain = notesPlainText(sampleNotes(), ctx)
    expect(plain).toContain('Mould in every flat')
    expect(plain).toContain('@Rosa Hernández')
    expect(plain).toContain('Call the landlord')
    expect(plain).toContain('Rent strike from July')
  })

  it('writes headings, lists, task lists, links, mentions and records as Markdown, escaping user text', () => {
    const md = notesMarkdown(sampleNotes(), ctx)
    expect(md).toContain('## Repairs')
    expect(md).toContain('Mould in **every** flat, see [the report](https://example.org/r)')
    expect(md).toContain('\\# not a heading \\*nor\\* \\<b\\>html\\</b\\>')
    expect(md).toContain('- first\n- second')
    expect(md).toContain('- [x] photos taken\n- [ ] letter sent')
    expect(md).toContain('Asked @Rosa Hernández to chair')
    expect(md).toContain('- [x] Call the landlord (@Ana)')
    expect(md).toContain('**Rent strike from July**')
    // An unsafe link keeps its text, never its address.
    expect(md).not.toContain('javascript:')
    expect(md).toContain('evil')
  })

  it('escapes what Markdown would read as markup', () => {
    expect(escapeMarkdown('1. not a list\n- nor this\n> nor a quote')).toBe(
      '1\\. not a list\n\\- nor this\n\\> nor a quote',
    )
    expect(escapeMarkdown('a_b [x](y) `c` |t| ~s~')).toBe(
      'a\\_b \\[x\\](y) \\`c\\` \\|t\\| \\~s\\~',
    )
  })
})

describe('a whole meeting as Markdown', () => {
  it('has title, when and where, attendance, agenda, notes, decisions and action items', () => {
    const s = session()
    const id = 'meeting-0000000001'
    write(s.doc, ORIGIN.meetingSave, () => {
      s.meetings.insert(meeting(id, { title: 'Assembly *June*' }))
      s.people.insert(personRecord('person-00000001', 'Rosa Hernández'))
      s.attendance.insert({
        id: 'att-000000000001',
        meetingId: id,
        personId: 'person-00000001',
        status: 'present',
        by: ME,
        at: T0,
      })
      s.agendaItems.insert({
        id: 'agenda-0000000001',
        meetingId: id,
        title: 'Repairs',
        position: 'a0',
        done: true,
        carriedFrom: '',
        createdAt: T0,
      })
      s.decisions.insert({
        id: 'decision-0000001',
        meetingId: id,
        text: 'Rent strike from July',
        proposalId: '',
        createdBy: ME,
        createdAt: T0,
      })
      s.actions.insert(
        action('action-00000001', {
          meetingId: id,
          personId: 'person-00000001',
          due: '2025-06-10',
        }),
      )
      const notes = new Y.XmlFragment()
      s.meetingNotes.set(id, notes)
      const p = new Y.XmlElement('paragraph')
      p.insert(0, [new Y.XmlText('Everyone agreed.')])
      notes.insert(0, [p])
    })
    const md = meetingMarkdown(s, id, labels)!
    expect(md.startsWith('# Assembly \\*June\\*\n')).toBe(true)
    expect(md).toContain('**When:** 2025-06-01 18:30')
    expect(md).toContain('**Place:** Community hall')
    expect(md).toContain('## Attendance\n\n- Present: Rosa Hernández')
    expect(md).toContain('## Agenda\n\n- [x] Repairs')
    expect(md).toContain('## Notes\n\nEveryone agreed.')
    expect(md).toContain('## Decisions\n\n- Rent strike from July')
    expect(md).toContain('## Action items\n\n- [ ] Book the hall (@Rosa Hernández, due 2025-06-10)')
    expect(meetingMarkdown(s, 'meeting-missing01', labels)).toBeNull()
  })
})

describe('meetings archive search', () => {
  it('finds meetings by words anywhere, filters by days, facilitator and attendance, and follows edits', () => {
    const s = session()
    write(s.doc, ORIGIN.meetingSave, () => {
      s.meetings.insert(meeting('meeting-0000000001', { date: '2025-05-01', facilitator: ME }))
      s.meetings.insert(
        meeting('meeting-0000000002', { date: '2025-06-01', title: 'Strike committee' }),
      )
      s.people.insert(personRecord('person-00000001', 'Rosa'))
      s.attendance.insert({
        id: 'att-000000000001',
        meetingId: 'meeting-0000000002',
        personId: 'person-00000001',
        status: 'present',
        by: ME,
        at: T0,
      })
      s.meetingNotes.set('meeting-0000000002', new Y.XmlFragment())
    })
    const index = new MeetingSearchIndex(s)
    const off = index.subscribe(() => {})
    const ids = (f: Partial<typeof NO_FILTER>) =>
      filterMeetings(s, s.meetings.getSnapshot(), { ...NO_FILTER, ...f }, index).map((m) => m.id)
    expect(ids({})).toEqual(['meeting-0000000002', 'meeting-0000000001'])
    expect(ids({ query: 'STRIKE committee' })).toEqual(['meeting-0000000002'])
    expect(ids({ from: '2025-05-15' })).toEqual(['meeting-0000000002'])
    expect(ids({ to: '2025-05-15' })).toEqual(['meeting-0000000001'])
    expect(ids({ facilitator: ME })).toEqual(['meeting-0000000001'])
    expect(ids({ attendedBy: 'person-00000001' })).toEqual(['meeting-0000000002'])
    expect(ids({ query: 'mould' })).toEqual([])
    // A word typed into the notes is found at once: the index heard the change.
    const before = index.getSnapshot()
    write(s.doc, ORIGIN.notesEdit, () => {
      const p = new Y.XmlElement('paragraph')
      p.insert(0, [new Y.XmlText('Black mould in flat 3')])
      s.meetingNotes.get('meeting-0000000002')!.insert(0, [p])
    })
    expect(index.getSnapshot()).not.toBe(before)
    expect(ids({ query: 'mould' })).toEqual(['meeting-0000000002'])
    write(s.doc, ORIGIN.decisionSave, () =>
      s.decisions.insert({
        id: 'decision-0000001',
        meetingId: 'meeting-0000000001',
        text: 'Petition the council',
        proposalId: '',
        createdBy: ME,
        createdAt: T0,
      }),
    )
    expect(ids({ query: 'council' })).toEqual(['meeting-0000000001'])
    expect(meetingText(s, 'meeting-0000000001')).toContain('petition the council')
    off()
  })
})

describe('the actions list', () => {
  it('filters by mine, overdue, person, meeting and state', () => {
    const list = [
      action('action-00000001', { memberId: ME, due: '2025-01-01' }),
      action('action-00000002', { personId: 'person-00000001', meetingId: 'meeting-0000000001' }),
      action('action-00000003', { memberId: ME, doneAt: T0, due: '2025-01-01' }),
    ]
    const ids = (f: Partial<typeof ALL_ACTIONS>) =>
      filterActions(list, { ...ALL_ACTIONS, ...f }, { me: ME, today: '2025-06-01' }).map(
        (a) => a.id,
      )
    expect(ids({})).toEqual(['action-00000001', 'action-00000002'])
    expect(ids({ mine: true })).toEqual(['action-00000001'])
    expect(ids({ overdue: true })).toEqual(['action-00000001'])
    expect(ids({ owner: 'p:person-00000001' })).toEqual(['action-00000002'])
    expect(ids({ meetingId: 'meeting-0000000001' })).toEqual(['action-00000002'])
    expect(ids({ meetingId: NO_MEETING })).toEqual(['action-00000001'])
    expect(ids({ state: 'done' })).toEqual(['action-00000003'])
    expect(ids({ state: 'all', mine: true })).toEqual(['action-00000001', 'action-00000003'])
    expect(isOverdue(list[2]!, '2025-06-01')).toBe(false)
  })
})

const labels: MarkdownLabels = {
  when: 'When',
  place: 'Place',
  link: 'Call link',
  facilitator: 'Facilitator',
  noteTaker: 'Note taker',
  attendance: 'Attendance',
  status: { present: 'Present', absent: 'Absent', excused: 'Excused' },
  agenda: 'Agenda',
  notes: 'Notes',
  decisions: 'Decisions',
  actions: 'Action items',
  due: (d) => `due ${d}`,
  unknown: 'unknown',
}

function personRecord(id: string, name: string) {
  return { id, name, createdAt: T0 } as never
}
