import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { CircleSession } from '@shared/domain/circle/session'
import { addPerson, removePerson } from '@shared/domain/people/commands'
import { emptyPersonInput } from '@shared/domain/people/person'
import { assess } from '@shared/domain/assessments/commands'

const sessions: CircleSession[] = []
afterEach(() => {
  for (const s of sessions.splice(0)) s.destroy()
})

const open = (clientID: number) => {
  const doc = new Y.Doc()
  doc.clientID = clientID
  const s = new CircleSession('circle-1', doc)
  sessions.push(s)
  return s
}
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'peer')
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'peer')
}
const settle = () => new Promise((r) => setTimeout(r, 700))

describe('sweeping references to nobody after a peer’s change', () => {
  it('sweeps after records arrive, not after typing in meeting notes', async () => {
    const a = open(1)
    const b = open(2)
    const r = addPerson(a, { ...emptyPersonInput(), name: 'Rosa' })
    if (!r.ok) throw new Error('add failed')
    const notes = new Y.XmlFragment()
    a.doc.transact(() => a.meetingNotes.set('meeting-0001', notes), 'local:meetings.notes')
    sync(a.doc, b.doc)
    await settle()

    const sweeps = vi.spyOn(b, 'maintain')
    // A peer types in the notes (y-prosemirror's origin is an object, not a named origin).
    a.doc.transact(() => notes.insert(0, [new Y.XmlText('hello')]), { binding: true })
    sync(a.doc, b.doc)
    await settle()
    expect(sweeps).not.toHaveBeenCalled()

    // A person deleted on one laptop while assessed on the other: swept on both.
    const assessed = assess(b, { personId: r.value, value: 2, reason: '', by: '' })
    expect(assessed.ok).toBe(true)
    expect(removePerson(a, r.value).ok).toBe(true)
    sync(a.doc, b.doc)
    await settle()
    expect(sweeps).toHaveBeenCalled()
    sync(a.doc, b.doc)
    expect(a.assessments.size + b.assessments.size).toBe(0)
  })
})
