import { describe, expect, it } from 'vitest'
import { logConversation } from '@shared/domain/conversations/commands'
import {
  DEFAULT_GUIDES,
  defaultGuide,
  preferredGuide,
} from '@shared/domain/conversations/default-guide'
import {
  addGuide,
  copyDefaultGuide,
  removeGuide,
  updateGuide,
} from '@shared/domain/conversations/guide-commands'
import { GUIDE_STEPS, type GuideInput } from '@shared/domain/conversations/guide'
import { addIssue, issueVocabulary, suggestIssues } from '@shared/domain/conversations/issue-tags'
import { NOW, SAM, input, ok, person, session, sync } from './conversations-helpers'

const guide = (extra: Partial<GuideInput> = {}): GuideInput => ({
  name: 'Tenants',
  language: 'en',
  opening: 'Hello',
  issues: 'What bothers you?',
  cares: 'Why?',
  ask: 'Will you come?',
  commitment: 'When?',
  followUp: 'Next talk',
  ...extra,
})

describe('conversation guides', () => {
  it('a default guide ships in English and German, with a prompt for every step', () => {
    for (const g of Object.values(DEFAULT_GUIDES))
      for (const step of GUIDE_STEPS) expect(g[step].length).toBeGreaterThan(20)
    expect(defaultGuide('de-AT').name).toBe(DEFAULT_GUIDES.de.name)
    expect(defaultGuide('tr').language).toBe('en')
  })

  it('the circle writes its own guides in several languages; the form prefers the UI language', () => {
    const s = session(1)
    const en = ok(addGuide(s, guide(), NOW))
    const pt = ok(addGuide(s, guide({ name: 'Inquilinos', language: 'pt-BR' }), NOW))
    expect(preferredGuide(s.guides.getSnapshot(), 'pt')?.id).toBe(pt)
    expect(preferredGuide(s.guides.getSnapshot(), 'fr')?.id).toBe(s.guides.getSnapshot()[0]!.id)
    ok(updateGuide(s, en, { ask: 'Will you sign?' }))
    expect(s.guides.get(en)!.ask).toBe('Will you sign?')
    ok(removeGuide(s, pt))
    expect(s.guides.size).toBe(1)
    expect(preferredGuide([], 'en')).toBeNull()
  })

  it('refuses a guide without a name or with a malformed language', () => {
    const s = session(1)
    const r = addGuide(s, guide({ name: ' ', language: 'english!' }), NOW)
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        errors: [
          { field: 'name', code: 'required' },
          { field: 'language', code: 'wrongType' },
        ],
      },
    })
    expect(s.guides.size).toBe(0)
  })

  it('"start from the default guide" copies it into the circle', () => {
    const s = session(1)
    const id = ok(copyDefaultGuide(s, 'de', NOW))
    expect(s.guides.get(id)).toMatchObject({ ...DEFAULT_GUIDES.de, language: 'de' })
  })

  it('two members editing different steps of a guide at once keep both edits', () => {
    const a = session(1)
    const b = session(2)
    const id = ok(addGuide(a, guide(), NOW))
    sync(a.doc, b.doc)
    ok(updateGuide(a, id, { ask: 'From A' }))
    ok(updateGuide(b, id, { cares: 'From B' }))
    sync(a.doc, b.doc)
    for (const s of [a, b])
      expect(s.guides.get(id)).toMatchObject({ ask: 'From A', cares: 'From B' })
  })

  it('a conversation may name a guide of the circle, not an unknown one', () => {
    const s = session(1)
    const rosa = person(s, 'Rosa')
    const g = ok(addGuide(s, guide(), NOW))
    ok(logConversation(s, input(rosa, { guideId: g }), { by: SAM }, NOW))
    const r = logConversation(s, input(rosa, { guideId: 'unknown-guide-0' }), { by: SAM }, NOW)
    expect(r.ok).toBe(false)
  })
})

describe('the issue vocabulary', () => {
  it('counts distinct issues across conversations, one issue whatever the case', () => {
    const s = session(1)
    const rosa = person(s, 'Rosa')
    const amir = person(s, 'Amir')
    ok(logConversation(s, input(rosa, { issues: ['Rent', 'Repairs'] }), { by: SAM }, NOW))
    ok(logConversation(s, input(amir, { issues: ['rent', 'Night shifts'] }), { by: SAM }, NOW))
    ok(logConversation(s, input(amir, { issues: ['Rent'] }), { by: SAM }, NOW))
    const vocab = issueVocabulary(s.conversations.getSnapshot())
    expect(vocab).toEqual([
      { tag: 'Rent', count: 3 },
      { tag: 'Night shifts', count: 1 },
      { tag: 'Repairs', count: 1 },
    ])
    expect(suggestIssues(vocab, 're', []).map((v) => v.tag)).toEqual(['Rent', 'Repairs'])
    expect(suggestIssues(vocab, 'shift', []).map((v) => v.tag)).toEqual(['Night shifts'])
    expect(suggestIssues(vocab, '', ['RENT']).map((v) => v.tag)).toEqual([
      'Night shifts',
      'Repairs',
    ])
    expect(addIssue(['Rent'], ' rent ')).toEqual(['Rent'])
    expect(addIssue(['Rent'], ' Heating ')).toEqual(['Rent', 'Heating'])
  })
})

describe('what a hostile or newer peer writes', () => {
  it('is read tolerantly: bad optional fields fall back, records without a valid id are hidden', () => {
    const s = session(1)
    const rosa = person(s, 'Rosa')
    s.doc.transact(() => {
      s.doc.getMap('guides').set('guide-0000000001', {
        id: 'guide-0000000001',
        name: 'Ours',
        language: 'de',
        ask: 42,
        createdAt: 1,
      })
      s.doc.getMap('guides').set('guide-0000000002', { id: 'guide-0000000002', name: '<b>x</b>' })
      s.doc.getMap('conversations').set('conv-000000001', {
        id: 'conv-000000001',
        personId: rosa,
        date: 'yesterday',
        issues: 'Rent',
        cares: { html: '<img src=x onerror=alert(1)>' },
        assessment: 9,
        loggedBy: '',
        createdAt: 5,
      })
      s.doc.getMap('conversations').set('conv-000000002', { id: 'other-id-0000', createdAt: 1 })
    }, 'remote')
    expect(s.guides.getSnapshot()).toEqual([
      expect.objectContaining({ name: 'Ours', language: 'de', ask: '', opening: '' }),
    ])
    expect(s.conversations.getSnapshot()).toEqual([
      expect.objectContaining({ date: '', issues: [], cares: '', assessment: 0 }),
    ])
    expect(s.conversations.malformedRecords()).toHaveLength(1)
    expect(issueVocabulary(s.conversations.getSnapshot())).toEqual([])
  })
})
