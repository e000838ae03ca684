import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CircleSession } from '@shared/domain/circle/session'
import {
  recordLeadership,
  removeLeadershipEvent,
  setLeadershipStage,
} from '@shared/domain/leadership/commands'
import { pipeline, stageOf } from '@shared/domain/leadership/pipeline'
import { erasePerson } from '@shared/domain/people/erase'
import { personDossier } from '@shared/domain/people/person-export'
import { circle, ME, NOW, person, TODAY } from './today-helpers'

const ids = (s: CircleSession) => new Set(s.people.getSnapshot().map((p) => p.id))

describe('leadership development', () => {
  it('records trainings and responsibilities; refuses them without text or day', () => {
    const s = circle()
    const rosa = person(s, 'Rosa')
    const base = { personId: rosa, stage: 'none', by: ME } as const
    const r = recordLeadership(
      s,
      { ...base, kind: 'training', text: 'One-on-one training', day: TODAY },
      NOW,
    )
    expect(r.ok).toBe(true)
    const bad = recordLeadership(s, { ...base, kind: 'responsibility', text: ' ', day: '' }, NOW)
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        errors: [
          { field: 'text', code: 'required' },
          { field: 'day', code: 'required' },
        ],
      },
    })
    const wrongDay = recordLeadership(s, {
      ...base,
      kind: 'training',
      text: 'x',
      day: '2026-02-30',
    })
    expect(wrongDay.ok).toBe(false)
    expect(s.leadershipEvents.size).toBe(1)
  })

  it('the stage is the latest stage event; removing it brings back the one before', () => {
    const s = circle()
    const rosa = person(s, 'Rosa')
    const set = (stage: 'identified' | 'training', day: string) =>
      setLeadershipStage(s, { personId: rosa, stage, day, by: ME }, NOW)
    set('identified', '2026-01-05')
    const later = set('training', '2026-02-05')
    expect(stageOf(s.leadershipEvents.getSnapshot(), rosa)).toBe('training')
    if (!later.ok) throw new Error('stage')
    removeLeadershipEvent(s, later.value)
    expect(stageOf(s.leadershipEvents.getSnapshot(), rosa)).toBe('identified')
  })

  it('two members setting a stage at once both keep their event; one stage wins everywhere', () => {
    const a = circle(1)
    const rosa = person(a, 'Rosa')
    const b = new CircleSession('circle-today', new Y.Doc())
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
    setLeadershipStage(a, { personId: rosa, stage: 'leading', day: TODAY, by: ME }, NOW)
    setLeadershipStage(b, { personId: rosa, stage: 'training', day: TODAY, by: ME }, NOW)
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc))
    expect(a.leadershipEvents.size).toBe(2)
    expect(stageOf(a.leadershipEvents.getSnapshot(), rosa)).toBe(
      stageOf(b.leadershipEvents.getSnapshot(), rosa),
    )
  })

  it('counts the pipeline now and per month, with the moves up', () => {
    const s = circle()
    const [rosa, amir, lena] = ['Rosa', 'Amir', 'Lena'].map((n) => person(s, n))
    person(s, 'Jonas')
    const set = (personId: string, stage: 'identified' | 'training' | 'leading', day: string) =>
      setLeadershipStage(s, { personId, stage, day, by: ME }, NOW)
    set(rosa!, 'identified', '2026-01-10')
    set(rosa!, 'training', '2026-02-10')
    set(amir!, 'identified', '2026-02-11')
    set(lena!, 'leading', '2026-03-01')
    const p = pipeline({
      events: s.leadershipEvents.getSnapshot(),
      people: ids(s),
      today: TODAY,
      months: 3,
    })
    expect(p.now).toMatchObject({ none: 1, identified: 1, training: 1, leading: 1 })
    expect(p.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03'])
    expect(p.months.map((m) => [m.counts.identified, m.counts.training, m.counts.leading])).toEqual(
      [
        [1, 0, 0],
        [1, 1, 0],
        [1, 1, 1],
      ],
    )
    expect(p.months.map((m) => [m.moves, m.up])).toEqual([
      [1, 1],
      [2, 2],
      [1, 1],
    ])
  })

  it('a person’s data export holds their leadership record and organizer', () => {
    const s = circle()
    const rosa = person(s, 'Rosa', { organizerId: ME })
    const base = { personId: rosa, stage: 'none', day: TODAY, by: ME } as const
    recordLeadership(s, { ...base, kind: 'responsibility', text: 'Runs the phone tree' }, NOW)
    const d = personDossier(s, rosa)!
    expect(d.organizer).toBe('Me')
    expect(d.leadership).toEqual([
      {
        kind: 'responsibility',
        text: 'Runs the phone tree',
        stage: '',
        day: TODAY,
        recordedBy: 'Me',
        recordedAt: NOW,
      },
    ])
  })

  it('erasing a person erases their leadership record', () => {
    const s = circle()
    const rosa = person(s, 'Rosa')
    recordLeadership(s, {
      personId: rosa,
      kind: 'training',
      text: 'Chairing',
      stage: 'none',
      day: TODAY,
      by: ME,
    })
    expect(erasePerson(s, rosa).ok).toBe(true)
    expect(s.leadershipEvents.size).toBe(0)
  })
})
