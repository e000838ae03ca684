import * as Y from 'yjs'
import { CircleSession } from '@shared/domain/circle/session'
import type { ConversationInput } from '@shared/domain/conversations/commands'
import { registerSelf } from '@shared/domain/members/commands'
import { addPerson } from '@shared/domain/people/commands'
import { emptyPersonInput } from '@shared/domain/people/person'

/** Shared set-up of the conversation tests. */

export const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote')
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote')
}

export const session = (clientID: number) => {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return new CircleSession('circle-1', doc, { autoMaintain: false })
}

export const ok = <T>(r: { ok: true; value: T } | { ok: false; error?: unknown }): T => {
  if (!r.ok) throw new Error(`command failed: ${JSON.stringify(r.error)}`)
  return r.value
}

export const person = (s: CircleSession, name: string) =>
  ok(addPerson(s, { ...emptyPersonInput(), name }))

/** 4 December 2026, 15:00 local time. */
export const NOW = new Date(2026, 11, 4, 15, 0).getTime()
export const TODAY = '2026-12-04'

export const SAM = 'member-sam-0000'
export const KIM = 'member-kim-0000'

export function input(personId: string, extra: Partial<ConversationInput> = {}): ConversationInput {
  return {
    personId,
    date: TODAY,
    members: [SAM],
    channel: 'inPerson',
    issues: ['Rent', 'Repairs'],
    cares: 'My kids cannot sleep in the mould',
    ask: 'Come to the tenants meeting',
    commitment: 'Will come on Friday',
    commitmentDue: '2026-12-11',
    assessment: 2,
    followUpOn: '2026-12-12',
    notes: '',
    guideId: '',
    ...extra,
  }
}

/** Registers a member (as their own app does when they join). */
export function member(s: CircleSession, id: string, name: string) {
  const key = 'A'.repeat(43)
  registerSelf(s, { id, name, colour: '#1d4ed8', publicKey: { x: key, y: key } }, NOW)
}
