import * as Y from 'yjs'
import { CircleSession } from '@shared/domain/circle/session'
import type { NewMeeting } from '@shared/domain/meetings/commands'
import { addPerson } from '@shared/domain/people/commands'
import { emptyPersonInput } from '@shared/domain/people/person'

/** Shared set-up of the meetings tests. */
export const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote')
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote')
}

export const session = (clientID: number) => {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return new CircleSession('circle-1', doc, { autoMaintain: false })
}

export const MEMBER = 'member-aaaaaaaaaaaa'
export const KEY = { x: 'x'.repeat(43), y: 'y'.repeat(43) }

export const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`command failed: ${JSON.stringify(r.error)}`)
  return r.value
}

export const input = (over: Partial<NewMeeting> = {}): NewMeeting => ({
  title: 'Branch meeting',
  date: '2026-11-02',
  time: '18:30',
  place: 'Union hall',
  link: '',
  facilitator: '',
  noteTaker: '',
  templateId: '',
  previousId: '',
  createdBy: MEMBER,
  ...over,
})

export const person = (s: CircleSession, name: string) =>
  unwrap(addPerson(s, { ...emptyPersonInput(), name }))
