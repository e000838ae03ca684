import { describe, expect, it } from 'vitest'
import {
  contactTime,
  correctConversation,
  editsOf,
  logConversation,
  removeConversation,
} from '@shared/domain/conversations/commands'
import { updatePerson, removePerson } from '@shared/domain/people/commands'
import {
  KIM,
  NOW,
  SAM,
  TODAY,
  input,
  member,
  ok,
  person,
  session,
  sync,
} from './conversations-helpers'

const author = { by: SAM, reason: 'One-on-one' }

describe('logging a conversation', () => {
  it('stores the guide steps, adds the assessment to the history, updates last contact and stage', () => {
    const s = session(1)
    member(s, SAM, 'Sam')
    const rosa = person(s, 'Rosa')
    const id = ok(logConversation(s, input(rosa), author, NOW))
    const c = s.conversations.get(id)!
    expect(c).toMatchObject({
      personId: rosa,
      members: [SAM],
      issues: ['Rent', 'Repairs'],
      cares: 'My kids cannot sleep in the mould',
      commitment: 'Will come on Friday',
      commitmentDue: '2026-12-11',
      commitmentStatus: 'open',
      followUpOn: '2026-12-12',
      loggedBy: SAM,
    })
    expect(s.assessmentIndex.current(rosa)).toBe(2)
    expect(s.assessmentIndex.latest(rosa)).toMatchObject({ by: SAM, reason: 'One-on-one' })
    expect(c.assessmentId).toBe(s.assessmentIndex.latest(rosa)!.id)
    expect(s.people.get(rosa)).toMatchObject({ lastContactAt: NOW, stage: 'talked' })
  })

  it('keeps a later last contact and a later stage', () => {
    const s = session(1)
    const rosa = person(s, 'Rosa')
    ok(updatePerson(s, rosa, { lastContactAt: NOW, stage: 'active' }))
    ok(logConversation(s, input(rosa, { date: '2026-11-20', assessment: 0 }), author, NOW))
    expect(s.people.get(rosa)).toMatchObject({ lastContactAt: NOW, stage: 'active' })
    expect(s.assessments.size).toBe(0)
  })

  it('an earlier day counts from noon of that day, never later than now', () => {
    expect(contactTime(TODAY, NOW)).toBe(NOW)
    expect(contactTime('2026-11-20', NOW)).toBe(new Date(2026, 10, 20, 12).getTime())
  })

  it('refuses bad input with every field marked, and writes nothing', () => {
    const s = session(1)
    const rosa = person(s, 'Rosa')
    const r = logConversation(
      s,
      input(rosa, {
        date: '2026-12-05',
        members: [],
        commitment: '',
        followUpOn: '2026-02-30',
      }),
      author,
      NOW,
    )
    expect(r.ok).toBe(false)
    if (r.ok || r.error.code !== 'invalid') throw new Error('expected invalid')
    expect(r.error.errors.map((e) => e.field).sort()).toEqual(['followUpOn'])
    const r2 = logConversation(
      s,
      input(rosa, { date: '2026-12-05', members: [], commitment: '' }),
      author,
      NOW,
    )
    if (r2.ok || r2.error.code !== 'invalid') throw new Error('expected invalid')
    expect(r2.error.errors).toEqual([
      { field: 'date', code: 'outOfRange' },
      { field: 'members', code: 'required' },
      { field: 'commitment', code: 'required' },
    ])
    const r3 = logConversation(s, input(rosa, { date: '', assessment: 6 }), author, NOW)
    expect(r3.ok).toBe(false)
    const r4 = logConversation(s, input(rosa, { members: ['member-stranger'] }), author, NOW)
    if (r4.ok || r4.error.code !== 'invalid') throw new Error('expected invalid')
    expect(r4.error.errors).toEqual([{ field: 'members', code: 'notAllowed' }])
    expect(logConversation(s, input('nobody-00000000'), author, NOW)).toEqual({
      ok: false,
      error: { code: 'notFound' },
    })
    // No person chosen yet: said together with the other problems.
    const r5 = logConversation(s, input('', { members: [] }), author, NOW)
    if (r5.ok || r5.error.code !== 'invalid') throw new Error('expected invalid')
    expect(r5.error.errors).toEqual([
      { field: 'personId', code: 'required' },
      { field: 'members', code: 'required' },
    ])
    expect(s.conversations.size).toBe(0)
    expect(s.assessments.size).toBe(0)
  })

  it('two members logging a conversation with the same person at once keep both', () => {
    const a = session(1)
    const b = session(2)
    member(a, SAM, 'Sam')
    member(b, KIM, 'Kim')
    const rosa = person(a, 'Rosa')
    sync(a.doc, b.doc)
    ok(logConversation(a, input(rosa, { cares: 'from Sam' }), { by: SAM }, NOW))
    ok(
      logConversation(
        b,
        input(rosa, { members: [KIM], cares: 'from Kim', assessment: 3 }),
        { by: KIM },
        NOW + 1,
      ),
    )
    sync(a.doc, b.doc)
    for (const s of [a, b]) {
      expect(s.conversations.getSnapshot().map((c) => c.cares)).toEqual(['from Kim', 'from Sam'])
      expect(s.assessmentIndex.history(rosa)).toHaveLength(2)
      expect(s.assessmentIndex.current(rosa)).toBe(3)
      expect(s.settledInvariants()).toEqual([])
    }
  })

  it('a conversation logged offline with a person deleted meanwhile is swept on every peer', () => {
    const a = session(1)
    const b = session(2)
    const rosa = person(a, 'Rosa')
    sync(a.doc, b.doc)
    ok(removePerson(a, rosa))
    ok(logConversation(b, input(rosa), author, NOW))
    sync(a.doc, b.doc)
    a.maintain()
    b.maintain()
    sync(a.doc, b.doc)
    for (const s of [a, b]) {
      expect(s.conversations.size).toBe(0)
      expect(s.settledInvariants()).toEqual([])
    }
  })
})

describe('correcting and removing', () => {
  it('changes the fields, records who corrected which fields when, and replaces the assessment', () => {
    const s = session(1)
    member(s, SAM, 'Sam')
    member(s, KIM, 'Kim')
    const rosa = person(s, 'Rosa')
    const id = ok(logConversation(s, input(rosa), author, NOW))
    const changed = ok(
      correctConversation(
        s,
        id,
        {
          cares: 'Mould in the kids room',
          assessment: 1,
          members: [SAM, KIM],
          ask: 'Come to the tenants meeting ',
        },
        { by: KIM },
        NOW + 1000,
      ),
    )
    expect(changed).toEqual(['members', 'cares', 'assessment'])
    const c = s.conversations.get(id)!
    expect(c).toMatchObject({
      cares: 'Mould in the kids room',
      editedAt: NOW + 1000,
      editedBy: KIM,
    })
    expect(editsOf(s, id)).toMatchObject([
      { kind: 'correct', fields: ['members', 'cares', 'assessment'], by: KIM, at: NOW + 1000 },
    ])
    // The wrong assessment is gone from the history; the corrected one is there.
    expect(s.assessmentIndex.history(rosa).map((a) => a.value)).toEqual([1])
    expect(
      ok(correctConversation(s, id, { cares: 'Mould in the kids room' }, author, NOW)),
    ).toEqual([])
    expect(editsOf(s, id)).toHaveLength(1)
  })

  it('refuses an invalid correction and changes nothing', () => {
    const s = session(1)
    const rosa = person(s, 'Rosa')
    const id = ok(logConversation(s, input(rosa), author, NOW))
    const before = s.conversations.get(id)
    const r = correctConversation(s, id, { followUpOn: '2026-01-01' }, author, NOW)
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid', errors: [{ field: 'followUpOn', code: 'outOfRange' }] },
    })
    const r2 = correctConversation(s, id, { loggedBy: KIM } as never, author, NOW)
    expect(r2.ok).toBe(false)
    expect(s.conversations.get(id)).toEqual(before)
    expect(editsOf(s, id)).toEqual([])
  })

  it('removing takes the edits and the assessment it added with it', () => {
    const s = session(1)
    const rosa = person(s, 'Rosa')
    const id = ok(logConversation(s, input(rosa), author, NOW))
    ok(correctConversation(s, id, { notes: 'late' }, author, NOW))
    ok(removeConversation(s, id))
    expect(s.conversations.size).toBe(0)
    expect(s.conversationEdits.size).toBe(0)
    expect(s.assessments.size).toBe(0)
    expect(removeConversation(s, id)).toEqual({ ok: false, error: { code: 'notFound' } })
  })
})
