import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { randomBytes } from '@shared/crypto/bytes'
import { importAesKey, open } from '@shared/crypto/seal'
import { CircleSession } from '@shared/domain/circle/session'
import { correctConversation, logConversation } from '@shared/domain/conversations/commands'
import { redactConversation } from '@shared/domain/conversations/redact'
import { addPerson } from '@shared/domain/people/commands'
import { emptyPersonInput } from '@shared/domain/people/person'
import { DataDb } from '../../../renderer/src/data/data-db'
import { EncryptedDocPersistence } from '../../../renderer/src/data/encrypted-persistence'

const key = await importAesKey(randomBytes(32))
const canary = 'CANARY-conversation-51c2'

async function decryptedStore(db: DataDb): Promise<string> {
  const plain = await Promise.all(
    (await db.records.toArray()).map((x) => open(key, x.data, 'rhizome:doc:c')),
  )
  return Buffer.concat(plain.map((u) => Buffer.from(u))).toString('latin1')
}

describe('a redacted conversation on this device’s disk', () => {
  it('is gone from the decrypted store once it is compacted (as a redaction triggers)', async () => {
    const db = new DataDb('data-test-redaction')
    const doc = new Y.Doc()
    const h = await new EncryptedDocPersistence(db, key).attach('c', doc)
    const s = new CircleSession('c', doc)
    const rosa = addPerson(s, { ...emptyPersonInput(), name: 'Rosa' })
    if (!rosa.ok) throw new Error('add failed')
    const input = {
      personId: rosa.value,
      date: '2026-01-05',
      members: ['member-sam-0000'],
      channel: 'phone' as const,
      issues: ['Rent'],
      cares: `Afraid of ${canary}`,
      ask: 'Come to the meeting',
      commitment: '',
      commitmentDue: '',
      assessment: 2,
      followUpOn: '',
      notes: '',
      guideId: '',
    }
    const id = logConversation(s, input, { by: 'member-sam-0000' })
    if (!id.ok) throw new Error('log failed')
    correctConversation(s, id.value, { notes: `note ${canary}` }, { by: 'member-sam-0000' })
    await h.flush()
    expect(await decryptedStore(db)).toContain(canary)
    const erasures = s.erasures.size
    redactConversation(s, id.value, ['cares', 'notes'], 'member-sam-0000')
    // The note that makes every device compact (see circle-registry's watchErasures).
    expect(s.erasures.size).toBe(erasures + 1)
    await h.compactNow!()
    const text = await decryptedStore(db)
    expect(text).toContain('Come to the meeting')
    expect(text).not.toContain(canary)
    s.destroy()
    await h.close()
  })
})
