import * as Y from 'yjs'
import { ORIGIN, write } from '@shared/data/origins'
import { initCircle } from '@shared/domain/circle/commands'
import { CircleSession } from '@shared/domain/circle/session'
import type { Conversation } from '@shared/domain/conversations/conversation'
import { registerSelf } from '@shared/domain/members/commands'
import { addPerson } from '@shared/domain/people/commands'
import { emptyPersonInput, type PersonInput } from '@shared/domain/people/person'
import { newId } from '@shared/util/id'
import { blankConversation } from '../../support/records'

/** Fixtures of the Today, Ready and leadership tests. */

export const ME = 'member-me-aaaaaaaa'
export const YOU = 'member-you-bbbbbbb'
export const TODAY = '2026-03-10'
export const NOW = Date.UTC(2026, 2, 10, 12)

export function circle(clientID = 1): CircleSession {
  const doc = new Y.Doc()
  doc.clientID = clientID
  const s = new CircleSession('circle-today', doc)
  initCircle(s, 'Harbour drive', 'en', NOW)
  for (const [id, name] of [
    [ME, 'Me'],
    [YOU, 'You'],
  ] as const)
    registerSelf(
      s,
      { id, name, colour: '#1d4ed8', publicKey: { x: 'x'.repeat(43), y: 'y'.repeat(43) } },
      NOW,
    )
  return s
}

export function person(s: CircleSession, name: string, over: Partial<PersonInput> = {}): string {
  const r = addPerson(s, { ...emptyPersonInput(), name, ...over }, NOW)
  if (!r.ok) throw new Error(`addPerson ${name}`)
  return r.value
}

let created = NOW
/** Writes a conversation record directly (the logging form is another feature's). */
export function talk(s: CircleSession, personId: string, over: Partial<Conversation> = {}): string {
  const c = blankConversation({
    id: newId(),
    personId,
    date: TODAY,
    members: [ME],
    loggedBy: ME,
    createdAt: ++created,
    ...over,
  })
  const r = write(s.doc, ORIGIN.conversationLog, () => s.conversations.insert(c))
  if (!r.ok) throw new Error(`talk: ${JSON.stringify(r.errors)}`)
  return c.id
}
