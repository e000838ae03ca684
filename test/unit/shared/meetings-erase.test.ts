import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addAction } from '@shared/domain/meetings/action-commands'
import { setAttendance } from '@shared/domain/meetings/attendance'
import { createMeeting } from '@shared/domain/meetings/commands'
import { readNotes, REMOVED_MENTION, xmlElements } from '@shared/domain/meetings/notes'
import { erasePerson } from '@shared/domain/people/erase'
import { ORIGIN, write } from '@shared/data/origins'
import { safeCallLink, safeExternalUrl } from '@shared/util/links'
import { input, MEMBER, person, session, sync, unwrap } from './meetings-helpers'

/** Erasure in meetings and what a hostile peer or paste can send. */
describe('meetings: erasure and hostile input', () => {
  it('on erasure: attendance goes, action items stay unassigned, mentions become [removed]', () => {
    const s = session(1)
    const rosa = person(s, 'Rosa Luxemburg')
    const kim = person(s, 'Kim')
    const m = unwrap(createMeeting(s, input()))
    unwrap(setAttendance(s, { meetingId: m, personId: rosa, status: 'present', by: MEMBER }))
    const act = unwrap(
      addAction(s, {
        meetingId: m,
        text: 'Flyers',
        memberId: '',
        personId: rosa,
        due: '',
        createdBy: MEMBER,
      }),
    )
    const notes = readNotes(s, m)!
    write(s.doc, ORIGIN.notesEdit, () => {
      const p = notes.get(0) as Y.XmlElement
      const mention = (id: string, label: string) => {
        const el = new Y.XmlElement('mention')
        el.setAttribute('id', id)
        el.setAttribute('label', label)
        return el
      }
      p.insert(0, [
        new Y.XmlText('Ask '),
        mention(rosa, 'Rosa Luxemburg'),
        new Y.XmlText(' and '),
        mention(kim, 'Kim'),
      ])
    })
    const s2 = session(2)
    sync(s.doc, s2.doc)
    unwrap(erasePerson(s, rosa))
    sync(s.doc, s2.doc)
    for (const x of [s, s2]) {
      const text = readNotes(x, m)!.toString()
      expect(text).not.toContain('Rosa')
      expect(text).toContain(REMOVED_MENTION)
      expect(
        [...xmlElements(readNotes(x, m)!)].filter((e) => e.nodeName === 'mention'),
      ).toHaveLength(1)
      // One text from the paragraph's start to Kim's mention, as y-prosemirror keeps it (the
      // empty text after it was there from the start).
      const p = readNotes(x, m)!.get(0) as Y.XmlElement
      expect(p.toArray().map((c) => (c instanceof Y.XmlElement ? c.nodeName : 'text'))).toEqual([
        'text',
        'mention',
        'text',
      ])
      expect((p.get(0) as Y.XmlText).toString()).toBe(`Ask ${REMOVED_MENTION} and `)
      expect(x.attendance.size).toBe(0)
      expect(x.actions.get(act)).toMatchObject({ text: 'Flyers', personId: '' })
    }
  })

  it('reads notes only when they are a fragment (a hostile peer can store anything)', () => {
    const s = session(1)
    const m = unwrap(createMeeting(s, input()))
    const hostile = (value: unknown) =>
      write(s.doc, ORIGIN.notesEdit, () =>
        (s.meetingNotes as unknown as Y.Map<unknown>).set(m, value),
      )
    hostile('<script>alert(1)</script>')
    expect(readNotes(s, m)).toBeNull()
    hostile(new Y.Map())
    expect(readNotes(s, m)).toBeNull()
    hostile(new Y.XmlElement('paragraph'))
    expect(readNotes(s, m)).toBeNull()
    hostile(new Y.XmlText('x'))
    expect(readNotes(s, m)).toBeNull()
    expect(readNotes(s, 'no-such-meeting')).toBeNull()
    // Erasing someone still works with such values around.
    const p = person(s, 'Rosa')
    expect(erasePerson(s, p).ok).toBe(true)
  })

  it('opens only http, https and mailto links; call links only http(s)', () => {
    expect(safeExternalUrl('https://example.org/a b')).toBe('https://example.org/a%20b')
    expect(safeExternalUrl('mailto:a@example.org')).toBe('mailto:a@example.org')
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'https://user:pw@example.org/',
      'vbscript:x',
      'example.org',
      '',
      'x'.repeat(3000),
    ])
      expect(safeExternalUrl(bad)).toBeNull()
    expect(safeCallLink('mailto:a@example.org')).toBeNull()
    expect(safeCallLink('https://meet.example.org/x')).toBe('https://meet.example.org/x')
  })
})
