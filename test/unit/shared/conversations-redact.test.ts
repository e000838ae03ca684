import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  correctConversation,
  editsOf,
  logConversation,
} from '@shared/domain/conversations/commands'
import { redactConversation } from '@shared/domain/conversations/redact'
import { KIM, NOW, SAM, input, member, ok, person, session, sync } from './conversations-helpers'

const bytesOf = (doc: Y.Doc) => new TextDecoder('latin1').decode(Y.encodeStateAsUpdate(doc))

/** What a device stores after compacting: one state encoded from a garbage-collected doc. */
function compacted(updates: Uint8Array[]): string {
  const doc = new Y.Doc({ gc: true })
  for (const u of updates) Y.applyUpdate(doc, u)
  return bytesOf(doc)
}

describe('redacting a conversation', () => {
  it('blanks the chosen text, records who and when, and leaves the other fields', () => {
    const s = session(1)
    member(s, SAM, 'Sam')
    const rosa = person(s, 'Rosa')
    const id = ok(logConversation(s, input(rosa, { notes: 'Lives with CANARY' }), { by: SAM }, NOW))
    ok(redactConversation(s, id, ['cares', 'notes', 'issues'], KIM, NOW + 5))
    const c = s.conversations.get(id)!
    expect(c).toMatchObject({
      cares: '',
      notes: '',
      issues: [],
      ask: 'Come to the tenants meeting',
      commitment: 'Will come on Friday',
      assessment: 2,
      redactedAt: NOW + 5,
      redactedBy: KIM,
    })
    expect(editsOf(s, id)).toMatchObject([
      { kind: 'redact', fields: ['cares', 'notes', 'issues'], by: KIM, at: NOW + 5 },
    ])
    expect(s.erasures.size).toBe(1)
  })

  it('the redacted text is no longer in the encoded document, here or at a peer', () => {
    const a = session(1)
    const b = session(2)
    const rosa = person(a, 'Rosa')
    const updates: Uint8Array[] = []
    b.doc.on('update', (u: Uint8Array) => updates.push(u))
    const id = ok(
      logConversation(a, input(rosa, { cares: 'Afraid of CANARY the landlord' }), { by: SAM }, NOW),
    )
    // A correction puts text in a field edit too: both must go.
    ok(correctConversation(a, id, { notes: 'Canary again in a note' }, { by: SAM }, NOW))
    sync(a.doc, b.doc)
    expect(bytesOf(b.doc)).toContain('CANARY')
    ok(redactConversation(a, id, ['cares', 'notes'], SAM, NOW + 1))
    sync(a.doc, b.doc)
    for (const s of [a, b]) {
      expect(bytesOf(s.doc)).not.toContain('CANARY')
      expect(bytesOf(s.doc)).not.toContain('Canary again')
      expect(s.conversations.get(id)).toMatchObject({ cares: '', notes: '', redactedBy: SAM })
    }
    // B's store held the text in earlier updates; compacting (triggered by the erasure note) drops it.
    expect(b.erasures.size).toBe(1)
    expect(compacted(updates)).not.toContain('CANARY')
    expect(compacted(updates)).not.toContain('Canary again')
  })

  it('keeps what another member changed meanwhile in other fields', () => {
    const a = session(1)
    const b = session(2)
    const rosa = person(a, 'Rosa')
    const id = ok(logConversation(a, input(rosa), { by: SAM }, NOW))
    sync(a.doc, b.doc)
    ok(correctConversation(b, id, { followUpOn: '2026-12-20' }, { by: KIM }, NOW + 1))
    ok(redactConversation(a, id, ['cares'], SAM, NOW + 2))
    sync(a.doc, b.doc)
    for (const s of [a, b])
      expect(s.conversations.get(id)).toMatchObject({ cares: '', followUpOn: '2026-12-20' })
  })

  it('refuses an empty choice or an unknown conversation and changes nothing', () => {
    const s = session(1)
    const rosa = person(s, 'Rosa')
    const id = ok(logConversation(s, input(rosa), { by: SAM }, NOW))
    expect(redactConversation(s, id, [], SAM).ok).toBe(false)
    expect(redactConversation(s, id, ['name' as never], SAM).ok).toBe(false)
    expect(redactConversation(s, 'nothing-0000', ['cares'], SAM)).toEqual({
      ok: false,
      error: { code: 'notFound' },
    })
    expect(s.conversations.get(id)!.redactedAt).toBe(0)
    expect(s.erasures.size).toBe(0)
  })
})
